package org.jgym.agents.experiments;

import java.nio.file.Path;

/** What an experiment produced: its table as text, a conclusion sentence, and the files written. */
public record ExperimentResult(String name, String table, String conclusion, Path tableFile, Path plotFile) {
    /** Table, conclusion and file locations, ready to print. */
    public String render() {
        return table + (conclusion.isEmpty() ? "" : "\n" + conclusion + "\n") + "table: " + tableFile + "\nplot:  "
                + plotFile + "\n";
    }
}

package org.jgym.env.retro.integration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jgym.env.retro.RetroException;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.BaseLib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.ThreeArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;
import org.luaj.vm2.lib.jse.JseMathLib;

/**
 * One env's Lua state for a scenario's scripts, with Gym Retro's semantics:
 * <ul>
 *   <li>globals: the base, table, string and math libraries; {@code data} and {@code scenario};</li>
 *   <li>{@code data.name} reads a variable the script stored (nil included) or else the data.json variable of the
 *       current frame; {@code data.name = v} stores a number, boolean or nil (the script's own variables, which
 *       also appear in the step's info, as integers);</li>
 *   <li>{@code data[address]} reads the byte at a bus address of the current frame;</li>
 *   <li>{@code scenario.frame} is the frame count since reset, {@code scenario.timestep} is frame / 4;</li>
 *   <li>{@link #restart} drops the script's variables and runs the scripts again in a fresh state (every reset);</li>
 *   <li>a reward function's number is taken in single precision; a boolean counts 1/0, anything else 0. A done
 *       function's number is true when nonzero, anything but a number or boolean is false.</li>
 * </ul>
 * Not supported (no integration does it): writing a data.json variable, i.e. game memory.
 */
public final class LuaScenario {
    private final LuaScripts scripts;
    private final Scenario.Values ram;
    private final Set<String> ramNames;
    private final LongSupplier frame;
    private final Map<String, LuaValue> stored = new LinkedHashMap<>();
    private final LuaTable dataTable = new LuaTable();
    private final LuaTable scenarioTable = new LuaTable();
    private LuaValue rewardFunction = LuaValue.NIL;
    private LuaValue doneFunction = LuaValue.NIL;

    /**
     * @param ram      values of the data.json variables in the current frame
     * @param ramNames the data.json variable names
     * @param frame    the scenario's frame counter
     */
    public LuaScenario(LuaScripts scripts, Scenario.Values ram, Set<String> ramNames, LongSupplier frame) {
        this.scripts = scripts;
        this.ram = ram;
        this.ramNames = ramNames;
        this.frame = frame;
        LuaTable dataMeta = new LuaTable();
        dataMeta.set(LuaValue.INDEX, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key) {
                return read(key);
            }
        });
        dataMeta.set(LuaValue.NEWINDEX, new ThreeArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key, LuaValue value) {
                write(key, value);
                return LuaValue.NONE;
            }
        });
        dataTable.setmetatable(dataMeta);
        LuaTable scenarioMeta = new LuaTable();
        scenarioMeta.set(LuaValue.INDEX, new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key) {
                return switch (key.tojstring()) {
                    case "frame" -> LuaValue.valueOf((double) frame.getAsLong());
                    case "timestep" -> LuaValue.valueOf((double) (frame.getAsLong() / 4));
                    default -> throw new LuaError("Unknown scenario property '" + key.tojstring()
                            + "'; scenario has frame and timestep");
                };
            }
        });
        scenarioMeta.set(LuaValue.NEWINDEX, new ThreeArgFunction() {
            @Override
            public LuaValue call(LuaValue table, LuaValue key, LuaValue value) {
                return LuaValue.NONE; // read-only, silently, as in Gym Retro
            }
        });
        scenarioTable.setmetatable(scenarioMeta);
    }

    private LuaValue read(LuaValue key) {
        if (key.type() == LuaValue.TNUMBER) {
            return LuaValue.valueOf((double) ram.byteAt((long) key.todouble()));
        }
        String name = key.tojstring();
        LuaValue own = stored.get(name);
        if (own != null) {
            return own;
        }
        if (!ramNames.contains(name)) {
            throw new LuaError("unknown variable data." + name + ": not in data.json " + ramNames
                    + " nor set by the script");
        }
        return LuaValue.valueOf((double) ram.value(name));
    }

    private void write(LuaValue key, LuaValue value) {
        if (!key.isstring()) {
            throw new LuaError("Invalid variable name " + key.tojstring() + ": data fields are named by strings");
        }
        String name = key.tojstring();
        if (ramNames.contains(name)) {
            throw new LuaError("data." + name + " is a data.json variable; writing game memory from a script is not "
                    + "supported");
        }
        switch (value.type()) {
            case LuaValue.TNIL, LuaValue.TBOOLEAN -> stored.put(name, value);
            case LuaValue.TNUMBER -> stored.put(name, LuaValue.valueOf(value.todouble()));
            default -> throw new LuaError("Invalid variable type for data." + name + ": " + value.typename()
                    + "; allowed: number, boolean, nil");
        }
    }

    /** Forgets the script's variables and runs the scripts again in a fresh Lua state, as every reset does. */
    public void restart() {
        stored.clear();
        Globals globals = new Globals();
        globals.load(new BaseLib());
        globals.load(new PackageLib()); // the table and string libraries register in package.loaded
        globals.load(new TableLib());
        globals.load(new StringLib());
        globals.load(new JseMathLib());
        LoadState.install(globals);
        LuaC.install(globals);
        globals.set("package", LuaValue.NIL); // Gym Retro opens base, table, string and math only
        globals.set("require", LuaValue.NIL);
        globals.STDOUT = System.err; // a script's print must not mix into a bridge's standard output
        globals.set("data", dataTable);
        globals.set("scenario", scenarioTable);
        for (LuaScripts.Chunk chunk : scripts.chunks()) {
            try {
                new LuaClosure(chunk.code(), globals).call();
            } catch (LuaError | RetroException | StackOverflowError e) {
                throw new RetroException(scripts.source() + ": running script " + chunk.file() + " failed: "
                        + message(e), e);
            }
        }
        rewardFunction = function(globals, scripts.rewardFunction());
        doneFunction = function(globals, scripts.doneFunction());
    }

    private LuaValue function(Globals globals, String name) {
        if (name == null) {
            return LuaValue.NIL;
        }
        LuaValue f = globals.get(name);
        if (!f.isfunction()) {
            throw new RetroException(scripts.source() + ": Lua function '" + name + "' is not defined by its scripts "
                    + scripts.files() + " (found " + f.typename() + ")");
        }
        return f;
    }

    /** The reward function's result for this frame. */
    public float reward() {
        LuaValue r = call(rewardFunction, scripts.rewardFunction());
        return switch (r.type()) {
            case LuaValue.TNUMBER -> (float) r.todouble();
            case LuaValue.TBOOLEAN -> r.toboolean() ? 1f : 0f;
            default -> 0f;
        };
    }

    /** The done function's result for this frame. */
    public boolean done() {
        LuaValue r = call(doneFunction, scripts.doneFunction());
        return switch (r.type()) {
            case LuaValue.TNUMBER -> r.todouble() != 0;
            case LuaValue.TBOOLEAN -> r.toboolean();
            default -> false;
        };
    }

    private LuaValue call(LuaValue function, String name) {
        try {
            return function.call();
        } catch (LuaError | RetroException | StackOverflowError e) {
            throw new RetroException(scripts.source() + ": Lua function '" + name + "' (scripts " + scripts.files()
                    + ") failed: " + message(e), e);
        }
    }

    private static String message(Throwable e) {
        return e instanceof StackOverflowError ? "stack overflow (unbounded recursion?)" : e.getMessage();
    }

    /** Puts the script's variables into {@code info} as integers (nil is 0, booleans 0/1), as Gym Retro's info. */
    public void putVariables(Map<String, Object> info) {
        for (Map.Entry<String, LuaValue> e : stored.entrySet()) {
            LuaValue v = e.getValue();
            long asLong = v.type() == LuaValue.TNUMBER ? (long) v.todouble()
                    : v.type() == LuaValue.TBOOLEAN && v.toboolean() ? 1 : 0;
            info.putIfAbsent(e.getKey(), asLong);
        }
    }
}

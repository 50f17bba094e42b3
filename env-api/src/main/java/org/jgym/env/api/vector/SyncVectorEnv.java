package org.jgym.env.api.vector;

import java.util.List;
import org.jgym.env.api.Env;

/** Steps the copies one after the other on the calling thread. */
public final class SyncVectorEnv<O, A, BO, BA> extends AbstractVectorEnv<O, A, BO, BA> {

    public SyncVectorEnv(List<? extends Env<O, A>> envs) {
        super(envs);
    }

    @Override
    protected void forEachCopy(CopyWork work) {
        for (int i = 0; i < envs.size(); i++) {
            work.run(i);
        }
    }
}

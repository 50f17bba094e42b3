"""rgb_array frames of jgym's HalfCheetah-v5 and Ant-v5 equal gymnasium 1.4.0's pixel for pixel, from the same
states, with the default free camera (aimed at the first rendered state; it does not follow the robot) and with the
"track" camera (camera_name="track", which does)."""

import os

import numpy as np
import pytest

os.environ.setdefault("MUJOCO_GL", "egl")  # gymnasium's renderer reads it when it first renders

import gymnasium  # noqa: E402
import jgym  # noqa: E402
from mujoco_support import in_tmp_path  # noqa: F401,E402  (autouse fixture)

SIZE = 120


@pytest.mark.parametrize("camera", [{}, {"camera_name": "track"}], ids=["default", "track"])
@pytest.mark.parametrize("env_id,action_size", [("HalfCheetah-v5", 6), ("Ant-v5", 8)])
def test_frames_equal_gymnasiums(env_id, action_size, camera):
    ref = gymnasium.make(env_id, render_mode="rgb_array", width=SIZE, height=SIZE, **camera)
    env = jgym.make(env_id, render_mode="rgb_array", width=SIZE, height=SIZE, **camera)
    try:
        ref.reset(seed=3)
        data = ref.unwrapped.data
        env.reset(seed=3, options={"qpos": data.qpos.tolist(), "qvel": data.qvel.tolist()})
        rng = np.random.default_rng(1)
        for step in range(61):
            if step % 30 == 0:
                expected, actual = ref.render(), env.render()
                assert actual.shape == expected.shape == (SIZE, SIZE, 3)
                # the same library draws the same scene from the same camera: the same pixels
                np.testing.assert_array_equal(actual, expected, err_msg=f"frame after {step} steps")
            action = rng.uniform(-1, 1, action_size).astype(np.float32)
            ref.step(action)
            env.step(action)
    finally:
        ref.close()
        env.close()

"""Exceptions raised by jgym; each carries the Java message that explains what was wrong."""

from __future__ import annotations

import gymnasium


class JgymError(RuntimeError):
    """An error reported by the jgym JVM (an exception inside an env, a closed handle, ...)."""


class InvalidActionError(JgymError, ValueError):
    """The action is not in the action space (range, NaN, shape or type); the env state is unchanged."""


class InvalidKwargsError(JgymError, ValueError):
    """A kwarg of ``make`` is unknown or has a value the env does not accept."""


class UnknownIdError(JgymError, gymnasium.error.UnregisteredEnv):
    """No registered env, task distribution or agent has this id."""


class ResetNeededError(JgymError, gymnasium.error.ResetNeeded):
    """``step`` was called before ``reset`` or after the episode ended."""


class BridgeDeadError(JgymError):
    """The JVM serving the envs is gone (killed, crashed or shut down)."""


class BridgeTimeoutError(JgymError, TimeoutError):
    """The JVM did not answer within the time limit (``jgym.set_timeout``, ``JGYM_TIMEOUT``); it may be stopped."""


_BY_JAVA_CLASS = {
    "org.jgym.env.api.InvalidActionException": InvalidActionError,
    "org.jgym.env.api.InvalidKwargsException": InvalidKwargsError,
    "org.jgym.env.api.UnknownIdException": UnknownIdError,
    "org.jgym.env.api.ResetNeededException": ResetNeededError,
}


def from_java(text: str) -> JgymError:
    """The Python exception for a Java exception's ``toString()`` (``class.Name: message``)."""
    name, _, message = text.partition(": ")
    cls = _BY_JAVA_CLASS.get(name.strip(), JgymError)
    if cls is JgymError:
        message = f"{name.rsplit('.', 1)[-1]}: {message}" if message else name
    return cls(message or text)

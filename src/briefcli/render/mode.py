"""How to write right-to-left text to this output: the mode, chosen once.

`off` writes logical text untouched (pipes, files); `visual` has brief wrap,
shape and reorder; `logical` has brief wrap and the terminal reorder. The
choice follows docs/rtl-spec.md: `--bidi` beats `$BRIEF_BIDI`, which beats
detection from the Environment's terminal facts. `$BRIEF_BIDI` describes the
reader's terminal, so it is ignored when stdout is not one; `--bidi` is
obeyed even into a pipe (to look at what a terminal would get).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.environment import Environment
from briefcli.options import BIDI_CHOICES, check_choice

FIRST_BIDI_VTE = 5800  # VTE 0.58 added BiDi and its explicit mode
BIDI_TERMINALS = {"konsole", "mlterm"}  # reorder by themselves, inherited into tmux
LOGICAL_TERMINALS = {"konsole", "mlterm", "apple"}


@dataclass(frozen=True)
class Mode:
    """`name` is off, visual or logical. `explicit` brackets the output in
    VTE's explicit mode (ESC[8l ... ESC[8h); `isolate` writes logical lines
    padded to the width and wrapped in RLI ... PDI (tmux or screen in front of
    VTE); `bare` is for a terminal that reorders but gives each bidi control
    a cell and draws isolates as boxes (mlterm 3.9; Konsole and Apple
    Terminal taken to be alike): marks only, and only where needed;
    `character_path` sets VTE's paragraph direction (SCP) for logical output
    (VTE and mintty understand both); `kitty` writes the
    visual lines as kitty's shaper needs them (render/kitty.py), when kitty
    was detected (`--bidi visual` there is for kitty's `force_ltr yes`).
    `auto` says detection chose the mode (no --bidi, no $BRIEF_BIDI)."""

    name: str
    explicit: bool = False
    isolate: bool = False
    bare: bool = False
    character_path: bool = False
    kitty: bool = False
    auto: bool = False


OFF = Mode("off")


def requested_mode(flag: str | None, env: Environment) -> str:
    """--bidi (checked by OutputOptions), else $BRIEF_BIDI, else auto."""
    if flag is not None:
        return flag
    if env.stdout_isatty and env.environ.get("BRIEF_BIDI"):
        return check_choice("BRIEF_BIDI", env.environ["BRIEF_BIDI"].strip().lower(), BIDI_CHOICES)
    return "auto"


def vte_with_bidi(env: Environment) -> bool:
    return env.terminal_program() == "vte" and (env.vte_version() or 0) >= FIRST_BIDI_VTE


def outer_terminal_does_bidi(env: Environment) -> bool:
    """Whether the terminal (behind tmux or screen, the one whose variables
    were inherited) reorders right-to-left text by itself."""
    return vte_with_bidi(env) or env.terminal_program() in BIDI_TERMINALS


def understands_isolates(env: Environment) -> bool:
    """Whether the terminal (behind tmux or screen: the outer one) reorders
    with isolates and writes format characters in no cell: VTE, mintty."""
    return vte_with_bidi(env) or env.terminal_program() == "mintty"


def detected_mode(env: Environment) -> str:
    """The spec's table, first match wins (stdout is a terminal)."""
    if env.multiplexer():
        return "logical" if outer_terminal_does_bidi(env) else "visual"
    program = env.terminal_program()
    if vte_with_bidi(env) or program == "mintty":
        return "visual"
    if program in LOGICAL_TERMINALS:
        return "logical"
    return "visual"


def choose_mode(flag: str | None, env: Environment) -> Mode:
    """The mode for writing to `env.stdout`, with the escapes it allows."""
    name = requested_mode(flag, env)
    if name == "off" or (name == "auto" and not env.stdout_isatty):
        return OFF
    auto = name == "auto"
    if auto:
        name = detected_mode(env)
    if not env.stdout_isatty:
        return Mode(name)
    kitty = auto and name == "visual" and env.terminal_program() == "kitty"
    bare = name == "logical" and not understands_isolates(env)
    if env.multiplexer():
        isolate = name == "logical" and outer_terminal_does_bidi(env) and not bare
        return Mode(name, isolate=isolate, bare=bare, kitty=kitty, auto=auto)
    bracketing = understands_isolates(env)
    return Mode(
        name,
        explicit=name == "visual" and bracketing,
        bare=bare,
        character_path=name == "logical" and bracketing,
        kitty=kitty,
        auto=auto,
    )

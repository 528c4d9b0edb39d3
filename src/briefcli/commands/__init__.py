"""What each command does, between the core and the output: load the
articles, run the stage, write the result in the format asked for. No typer
here; rich only through output.terminal, imported when a terminal needs it.

Every command is `run_<name>(sources, load, output, env, <its own options>)`."""

"""What each command does, between the core and the output: load the
articles, run the stage, write the result in the format asked for. No typer
here; rich only through output.terminal, imported when a terminal needs it.

Every command is `run_<name>(sources, load, output, env, batch, <its own
options>)`, returning the exit status; its per-article work is a picklable
command object (Read, Summarize, Quotes) that common.run_command streams over
the articles, here, in worker processes or on a Dask cluster."""

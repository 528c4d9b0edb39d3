from briefcli.cli import main

main()

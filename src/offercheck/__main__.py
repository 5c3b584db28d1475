from offercheck.cli import main

main()

from lintnews.cli import main

main()

from ringkas.cli import main

main()

"""The bundle's entry script (PyInstaller): the same entry point as the ``cmer-desk`` console script."""

from cmer_desk.__main__ import main

if __name__ == "__main__":
    main()

"""Records for trainers and HR: completion rows and their writers, xAPI and the LRS, bundles, privacy. Qt-free."""

"""Word lists, one owner each (as spaCy's ``lang/en`` and textacy's ``constants`` keep them).

Every list a rule reads lives here, in the module of its subject; code imports the list,
never copies it. The lists are plain frozensets, dicts and tuples: data, not logic.
"""

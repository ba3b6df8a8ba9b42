"""English first and last names from Faker's lists (used to spot and invent people)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def faker_names() -> tuple[set[str], set[str], list[str], list[str], list[str]]:
    """(male, female, male-only sorted, female-only sorted, last names sorted)."""
    from faker.providers.person.en_GB import Provider as GB
    from faker.providers.person.en_US import Provider as US

    male = set(US.first_names_male) | set(GB.first_names_male)
    female = set(US.first_names_female) | set(GB.first_names_female)
    # Faker writes "Mccormick"; the name is "McCormick"
    last = sorted(
        {
            re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), n)
            for n in {*US.last_names, *GB.last_names}
        }
    )
    return male, female, sorted(male - female), sorted(female - male), last


def first_names() -> set[str]:
    male, female, *_ = faker_names()
    return male | female

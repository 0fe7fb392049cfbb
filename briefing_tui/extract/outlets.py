"""Outlets, agencies and credits: the names of the press in news text, which are never people.

News agencies named alone ("Bernama reported"), the words of an outlet's name, and the credit lines of
photographs and videos whose names are credits, not people in the story.
"""

from __future__ import annotations


from briefing_tui.lazy_pattern import lazy_compile

# News agencies and outlets that are named alone ("Bernama reported", "told Kyodo"): never people.
NEWS_OUTLETS = frozenset({
    "reuters", "afp", "ap", "xinhua", "kyodo", "jiji", "yonhap", "bernama", "tass", "ria", "interfax", "anadolu",
    "efe", "ansa", "dpa", "pti", "ani", "ians", "irna", "wafa", "sana", "kcna", "cna", "bbc", "cnn", "nhk",
    "bloomberg", "sputnik", "antara", "pna", "apa", "belga", "kyodonews", "aljazeera", "newsis", "tasnim", "fars",
    "mehr", "isna", "presstv", "xinhuanet", "upi", "ips", "aap", "cp", "nzpa", "sapa", "nan", "kna", "ghananewsagency",
})

# Words in the name of an outlet or agency, whose "reported X" reports news ("Tasnim news agency reported a
# strike"), unlike a company's "reported net income".
MEDIA_WORDS = frozenset({"news", "agency", "television", "tv", "radio", "press", "times", "post", "journal", "media",
                         "broadcaster", "broadcasting", "network", "newspaper", "daily", "tribune", "herald", "gazette",
                         "wire", "channel", "magazine"})

# Credits of photographs and videos: the names right after them are credits, not people in the story.
CREDIT_BEFORE = lazy_compile(r"(?:Getty[ \u00a0]+Images|Photo(?:graph)?s?|Pictures?|PIC|Pic|Images?|Credit|Video|"
                           r"Source|AP[ \u00a0]+Photo|Photo[ \u00a0]+by|Illustration)[ \u00a0]*[:/|]?[ \u00a0]*$")
# A paragraph that may hold a credit (the runs of other paragraphs are not checked).
CREDIT_HINT = lazy_compile(r"Getty|Photo|Pictures?\b|PIC|Pic\b|Image|Credit|Video|Source|Illustration|/")
# "(Niall Carson/PA)", "Lucy North/PA Wire": a name, then a slash and the agency.
CREDIT_AFTER = lazy_compile(r"/[ \u00a0]*[A-Z][\w.]*")


def is_credit(ptext: str, a: int, b: int, lead: str) -> bool:
    """Whether the capitalised run ``ptext[a:b]`` (its first two words ``lead``) is the credit of a photograph or
    video, not a name in the story ("Getty Images Kevin Vickers", "(Niall Carson/PA)")."""
    return (CREDIT_BEFORE.search(ptext, max(0, a - 24), a) is not None
            or CREDIT_AFTER.match(ptext, b) is not None
            or lead in ("Getty Images", "AP Photo"))

"""Speech verbs of English news prose, in every form news copy uses them: which verbs introduce speech, which report
a clause only with "that", which take their object or an infinitive as part of what was said.

Part of :mod:`briefing_tui.extract.lexicon`'s closed word lists (which names them all).
"""

from __future__ import annotations

# Verbs that introduce speech (direct or reported), in every tense we meet in news copy.
_REGULAR_SPEECH_VERBS = (
    "add note explain state argue warn insist claim remark observe comment stress emphasise emphasize acknowledge "
    "recall reply respond ask continue conclude suggest announce declare highlight believe predict estimate assert "
    "maintain contend confirm report recount complain joke urge underline caution tweet reiterate call describe "
    "accuse promise vow pledge affirm reveal disclose allege concede deny assure testify demand mention clarify "
    "lament brand label signal indicate thunder exclaim shout yell scream whisper quip retort muse implore "
    "request challenge express summarize summarise"
).split()
_IRREGULAR_SPEECH_VERBS = (("say", "says", "said"), ("tell", "tells", "told"), ("write", "writes", "wrote"),
                           ("think", "thinks", "thought"), ("admit", "admits", "admitted"), ("put",), ("posted",))


def _inflect(verb: str) -> tuple[str, str, str]:
    """Base, third person and past of a regular verb ("reply" -> "replies", "replied")."""
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb, verb[:-1] + "ies", verb[:-1] + "ied"
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return verb, third, verb + ("d" if verb.endswith("e") else "ed")


IRREGULAR_PAST = frozenset(forms[-1] for forms in _IRREGULAR_SPEECH_VERBS if len(forms) == 3)  # "said", "told"
SPEECH_VERBS = frozenset(form for forms in (*map(_inflect, _REGULAR_SPEECH_VERBS), *_IRREGULAR_SPEECH_VERBS)
                         for form in forms)

# Phrasal speech verbs matched as two words.
SPEECH_PHRASES = ("points out", "pointed out", "point out", "went on", "goes on", "called for", "calls for",
                  "call for", "calling for", "called on", "calls on", "call on", "calling on")

def _forms(*verbs: str) -> frozenset[str]:
    """Every form of each verb (its irregular forms when it has them): ``_forms("tell")`` -> tell, tells, told."""
    irregular = {forms[0]: forms for forms in _IRREGULAR_SPEECH_VERBS}
    return frozenset(f for v in verbs for f in irregular.get(v) or _inflect(v))


# Speech verbs that never introduce a reported clause ("asked him", "continued"), and verbs of thinking
# ("the White House thought"): not speech.
_NOT_REPORTING = _forms("put", "ask", "continue", "joke", "think") | {"posted"}
# Verbs that introduce reported speech only with "that" ("replied that ...", not "announced plans").
THAT_ONLY_VERBS = _forms("tell", "write", "reply", "respond", "announce", "confirm", "recall", "report", "tweet",
                         "reveal", "disclose", "deny", "concede", "assure", "testify", "mention", "clarify",
                         "allege", "promise", "vow", "pledge", "affirm", "lament", "demand", "signal", "indicate",
                         "highlight", "emphasise", "emphasize", "stress", "underline", "reiterate", "acknowledge",
                         "conclude", "express", "summarize", "summarise")  # ("summarised the report": no speech)
# Verbs of a court or panel that report a finding only with "that" ("the court held that ..."); never the
# attribution of a direct quote ("held talks", "ruled out").
RULING_VERBS = frozenset({"held", "holds", "ruled", "rules"})
# Verbs whose object is part of what was said: "urged both sides to ...", "accused X of ...", "called for ...".
OBJECT_SPEECH_VERBS = _forms("urge", "accuse", "implore", "request", "challenge") | {"called for", "calls for", "call for", "called on", "calls on",
                                                   "call on", "calling for", "calling on"}
# Verbs whose reported content may be an infinitive: "vowed to start with ...", "pledged to build peace".
TO_VERBS = _forms("promise", "vow", "pledge")
# Verbs that report words only with a quoted fragment: "called the move “completely unreasonable”".
NAMING_VERBS = _forms("call", "describe", "brand", "label")
# Verbs that, used with a named subject, introduce reported speech ("X believes that ...").
REPORTED_VERBS = frozenset(SPEECH_VERBS - _NOT_REPORTING) | RULING_VERBS

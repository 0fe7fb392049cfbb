"""The learned "same claim" score: P(two pieces of claims are one claim), a logistic regression over the
features of :mod:`~briefing_tui.compare.same_claim_features`.

The weights are data, ``briefing_tui/data/same_claim.json`` (feature names, weights, bias, the merge
threshold, and how they were chosen). They are trained on the study gold sets by
``python -m bench.train_same_claim`` (deterministic: the same gold gives the same file); run it again after
changing a feature or the gold, and commit the file it writes.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.compare.same_claim_features import PieceProfile, features
from briefing_tui.paths import data_dir

MODEL_FILE = "same_claim.json"
LOGIT_LIMIT = 50.0  # a logit beyond this is certainty either way (and exp() stays finite)


@dataclass(frozen=True, slots=True)
class SameClaimModel:
    """Feature names, their weights and bias, and the score from which two pieces are joined."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def score(self, a: PieceProfile, b: PieceProfile) -> float:
        """P(same claim) for two pieces."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, features(a, b, self.names)))
        return logistic(z)


def logistic(z: float) -> float:
    """1 / (1 + e^-z), for any z."""
    return 1.0 / (1.0 + math.exp(-max(min(z, LOGIT_LIMIT), -LOGIT_LIMIT)))


def model_from(data: dict) -> SameClaimModel:
    """A model from its JSON form (``names``, ``weights``, ``bias``, ``threshold``)."""
    return SameClaimModel(tuple(data["names"]), tuple(float(w) for w in data["weights"]), float(data["bias"]),
                          float(data["threshold"]))


@lru_cache(maxsize=1)
def default_model() -> SameClaimModel | None:
    """The committed model, or None when its file is absent (then nothing is joined)."""
    path = data_dir() / MODEL_FILE
    if not path.is_file():
        return None
    return model_from(json.loads(path.read_text(encoding="utf-8")))

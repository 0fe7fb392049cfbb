"""Issue 11: requests counted in any language ("solicitudes", "richieste", "demandes", "Anträge") are one measure,
requests, so the sources' counts of the refund requests a firm received meet in one claim. Invented sentences
written as the news writes them; each test fails on the code before."""

from __future__ import annotations

from tests.compare_helpers import compared, one_holding, read


def test_a_count_of_requests_is_a_count_of_requests_in_every_language():
    for text, language in (("The insurer has received 48,000 requests for payment.", "en"),
                           ("La aseguradora ha recibido 48.000 solicitudes de pago.", "es"),
                           ("La compagnia ha ricevuto 48.000 richieste di pagamento.", "it"),
                           ("L'assureur a reçu 48 000 demandes de paiement.", "fr"),
                           ("Der Versicherer hat 48.000 Anträge auf Zahlung erhalten.", "de")):
        counts = [f for f in read(text, language=language) if f.kind == "count"]
        assert [(f.low, f.measure) for f in counts] == [(48000, "request")], (text, counts)


def test_the_requests_of_three_languages_are_one_claim():
    claims = compared("La aerolínea gestiona más de 61.000 solicitudes de reembolso tras la avería.",
                      "La compagnia aerea sta elaborando più di 61.000 richieste di rimborso dopo il guasto.",
                      "La compagnie traite plus de 61 000 demandes de remboursement après la panne.")
    claim = one_holding(claims, "61.000 solicitudes", "61.000 richieste", "61 000 demandes")
    assert claim.verdict == "agree"

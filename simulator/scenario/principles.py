"""The doctrine's principles and anti-patterns: the vocabulary of feedback.

Every reply's feedback names one of these keys, so the debrief can say which
principle a choice followed or which anti-pattern it fell into.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Principle:
    key: str
    good: bool  # True for a principle to follow, False for an anti-pattern
    fr: str
    en: str

    def label(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


_ALL = (
    # Principles to follow
    Principle("acknowledge_feeling", True,
              "Reconnaître ce que ressent le client", "Acknowledge the customer's feeling"),
    Principle("comfort_first", True, "Réconforter d’abord, analyser ensuite", "Comfort first, analyse later"),
    Principle("check_and_follow_up", True, "Vérifier pour de vrai et assurer le suivi", "Actually check and follow up"),
    Principle("take_contact", True, "Prendre les coordonnées pour rappeler", "Take contact details to call back"),
    Principle("share_responsibility", True,
              "Envisager sa part de responsabilité", "Consider the shop's share of the fault"),
    Principle("explain_without_humiliating", True, "Expliquer sans humilier", "Explain without humiliating"),
    Principle("listen_and_reformulate", True, "Écouter et reformuler", "Listen and reformulate"),
    Principle("answer_the_need", True, "Répondre au besoin réel", "Answer the real need"),
    Principle("ask_questions", True, "Poser des questions, s’intéresser", "Ask questions, take an interest"),
    Principle("adapt_to_person", True, "S’adapter à la personne", "Adapt to the person"),
    Principle("treat_child_as_person", True, "Traiter l’enfant comme une personne", "Treat the child as a person"),
    Principle("warn_before", True, "Prévenir avant que le client découvre", "Warn before the customer finds out"),
    Principle("propose_alternative", True, "Proposer une alternative qui convient", "Offer an alternative that fits"),
    Principle("propose_before_asked", True, "Proposer avant qu’on le demande", "Offer before being asked"),
    Principle("act_now", True, "Agir tout de suite", "Act right away"),
    Principle("sincere_gesture", True, "Un geste sincère", "A sincere gesture"),
    Principle("express_regret", True, "Exprimer un regret sincère", "Express sincere regret"),
    # Anti-patterns to name
    Principle("mechanical_answer", False, "Réponse mécanique", "Mechanical answer"),
    Principle("indifference", False, "Indifférence", "Indifference"),
    Principle("doubting_customer", False, "Mettre en doute le client", "Doubting the customer"),
    Principle("blaming_customer", False, "Rejeter la faute sur le client", "Blaming the customer"),
    Principle("we_are_perfect", False, "« Nous sommes parfaits »", "\"We are perfect\""),
    Principle("catalogue_answer", False, "Réponse catalogue", "Catalogue answer"),
    Principle("routing_around", False, "Renvoyer de service en service", "Routing the person around"),
    Principle("process_before_person", False, "Le processus avant la personne", "Process before person"),
    Principle("silence_as_satisfaction", False,
              "Prendre le silence pour de la satisfaction", "Taking silence for satisfaction"),
    Principle("waiting_to_be_asked", False, "Attendre qu’on demande", "Waiting to be asked"),
    Principle("one_script_for_all", False, "Le même script pour tout le monde", "One script for everyone"),
)

PRINCIPLES: dict[str, Principle] = {p.key: p for p in _ALL}

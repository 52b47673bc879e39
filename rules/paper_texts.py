"""What the documents questions' answers say, naming the paper each is about, for the patient
and in the doctor's words.

For a documents question "yes" means seen in writing; "they only said so", "no" and "not sure"
are "ask for it in writing", and the page says which paper "it" is (issue 24): by the rule's
prefix (``rules.rules_documents``), the texts for "told", "no" and "not sure", each as
(the patient's text, the doctor's version). The doctor's PDF reads the doctor's version
(``Rule.doctor``).
"""

from .i18n import _

#: A text for the patient and its doctor's version.
Said = tuple[str, str]

#: (told, not shown, not sure), by the prefix of the rules' ids; ("", "") where the rules give
#: their own text.
PAPER_TEXTS: dict[str, tuple[Said, Said, Said]] = {
    "authorisation_document": (
        (_("You were told so, but have not seen the product's authorisation. Ask for a copy, or "
           "its number, before you sign or pay anything."),
         _("The patient was told so, but has not seen the product's authorisation. Ask for a "
           "copy, or its number, before anything is signed or paid.")),
        (_("You have not been shown the product's authorisation. That does not prove there is "
           "none: ask for a copy, or its number, before you sign or pay anything."),
         _("The patient has not been shown the product's authorisation. That does not prove "
           "there is none: ask for a copy, or its number, before anything is signed or paid.")),
        (_("It is not known whether there is an authorisation for the product. Ask for a copy, "
           "or its number, before you sign or pay anything."),
         _("It is not known whether there is an authorisation for the product. Ask for a copy, "
           "or its number, before anything is signed or paid.")),
    ),
    "permission": (
        (_("You were told so, but have not seen the agency's permission. Ask the hospital for a "
           "copy before you sign anything."),
         _("The patient was told so, but has not seen the agency's permission. Ask the "
           "hospital for a copy before anything is signed.")),
        (_("You have not been shown the agency's permission. That does not prove there is none: "
           "ask the hospital for a copy before you sign anything."),
         _("The patient has not been shown the agency's permission. That does not prove there "
           "is none: ask the hospital for a copy before anything is signed.")),
        (_("It is not known whether there is a permission from the agency. Ask the hospital for "
           "a copy before you sign anything."),
         _("It is not known whether there is a permission from the agency. Ask the hospital "
           "for a copy before anything is signed.")),
    ),
    "administrator_authorised": (
        (_("You were told so, but have not seen the clinic's permission to give this. Ask for a "
           "copy before you sign or pay anything."),
         _("The patient was told so, but has not seen the clinic's permission to give this. "
           "Ask for a copy before anything is signed or paid.")),
        (_("You have not been shown the clinic's permission to give this. That does not prove "
           "there is none: ask for a copy before you sign or pay anything."),
         _("The patient has not been shown the clinic's permission to give this. That does not "
           "prove there is none: ask for a copy before anything is signed or paid.")),
        (_("It is not known whether the clinic has a permission to give this. Ask for a copy "
           "before you sign or pay anything."),
         _("It is not known whether the clinic has a permission to give this. Ask for a copy "
           "before anything is signed or paid.")),
    ),
    "named_hospital": (
        (_("You were told so, but have not seen the permission that names the hospital. Ask the "
           "hospital for a copy before you sign anything."),
         _("The patient was told so, but has not seen the permission that names the hospital. "
           "Ask the hospital for a copy before anything is signed.")),
        (_("You have not been shown the permission that names the hospital. That does not prove "
           "there is none: ask the hospital for a copy before you sign anything."),
         _("The patient has not been shown the permission that names the hospital. That does "
           "not prove there is none: ask the hospital for a copy before anything is signed.")),
        (_("It is not known whether the permission names the hospital that would treat you. Ask "
           "the hospital for a copy before you sign anything."),
         _("It is not known whether the permission names the hospital that would treat the "
           "patient. Ask the hospital for a copy before anything is signed.")),
    ),
    "arranging_hospital": (
        (_("You were told so, but have not seen a letter from the hospital that arranges it. "
           "Ask the hospital for one before you sign anything."),
         _("The patient was told so, but has not seen a letter from the hospital that arranges "
           "it. Ask the hospital for one before anything is signed.")),
        (_("You have not been shown a letter from a hospital that arranges it. That does not "
           "prove there is none: ask the hospital for one before you sign anything."),
         _("The patient has not been shown a letter from a hospital that arranges it. That "
           "does not prove there is none: ask the hospital for one before anything is signed.")),
        (_("It is not known whether a hospital arranges it. Ask the hospital for a letter that "
           "says so before you sign anything."),
         _("It is not known whether a hospital arranges it. Ask the hospital for a letter that "
           "says so before anything is signed.")),
    ),
    "trial_listing": (
        (_("You were told so, but have not seen the trial's listing or permission. Ask for the "
           "trial's number and look it up before you sign anything."),
         _("The patient was told so, but has not seen the trial's listing or permission. Ask "
           "for the trial's number and look it up before anything is signed.")),
        (_("You have not been shown the trial's listing or permission. That does not prove "
           "there is none: ask for the trial's number and look it up before you sign anything."),
         _("The patient has not been shown the trial's listing or permission. That does not "
           "prove there is none: ask for the trial's number and look it up before anything is "
           "signed.")),
        (_("It is not known whether the trial is listed or allowed. Ask for the trial's number "
           "and look it up before you sign anything."),
         _("It is not known whether the trial is listed or allowed. Ask for the trial's number "
           "and look it up before anything is signed.")),
    ),
    "trial_ethics": (
        (_("You were told so, but have not seen the ethics committee's approval. Ask for a copy "
           "before you sign anything."),
         _("The patient was told so, but has not seen the ethics committee's approval. Ask for "
           "a copy before anything is signed.")),
        ("", ""),
        (_("It is not known whether an ethics committee approved the trial. Ask for a copy of "
           "the approval before you sign anything."),
         _("It is not known whether an ethics committee approved the trial. Ask for a copy of "
           "the approval before anything is signed.")),
    ),
    "trial_insurance": (
        (_("You were told so, but have not seen the trial's insurance. Ask for a copy of the "
           "policy before you sign anything."),
         _("The patient was told so, but has not seen the trial's insurance. Ask for a copy of "
           "the policy before anything is signed.")),
        (_("You have not been shown the trial's insurance. That does not prove there is none: "
           "ask for a copy of the policy before you sign anything."),
         _("The patient has not been shown the trial's insurance. That does not prove there is "
           "none: ask for a copy of the policy before anything is signed.")),
        (_("It is not known whether the trial has insurance for you. Ask for a copy of the "
           "policy before you sign anything."),
         _("It is not known whether the trial has insurance for the patient. Ask for a copy of "
           "the policy before anything is signed.")),
    ),
    "trial_consent": (
        (_("You were told so, but have not seen the consent form. Ask for a copy to take home "
           "before you sign anything."),
         _("The patient was told so, but has not seen the consent form. Ask for a copy to take "
           "home before anything is signed.")),
        ("", ""),
        (_("It is not known whether there is a written consent form. Ask for a copy to take "
           "home before you sign anything."),
         _("It is not known whether there is a written consent form. Ask for a copy to take "
           "home before anything is signed.")),
    ),
    "clean_room": (
        (_("You were told so, but have not seen proof that it is made in a certified clean lab. "
           "Ask for a copy before you sign or pay anything."),
         _("The patient was told so, but has not seen proof that it is made in a certified "
           "clean lab. Ask for a copy before anything is signed or paid.")),
        (_("You have not been shown proof that it is made in a certified clean lab. That does "
           "not prove there is none: ask for a copy before you sign or pay anything."),
         _("The patient has not been shown proof that it is made in a certified clean lab. "
           "That does not prove there is none: ask for a copy before anything is signed or "
           "paid.")),
        (_("It is not known whether it is made in a certified clean lab. Ask for proof in "
           "writing before you sign or pay anything."),
         _("It is not known whether it is made in a certified clean lab. Ask for proof in "
           "writing before anything is signed or paid.")),
    ),
    "leaflet": (
        (_("You were told so, but have not seen the product's official leaflet. Ask for a copy "
           "before you sign or pay anything."),
         _("The patient was told so, but has not seen the product's official leaflet. Ask for "
           "a copy before anything is signed or paid.")),
        (_("You have not been shown the product's official leaflet. That does not prove there "
           "is none: ask for a copy before you sign or pay anything."),
         _("The patient has not been shown the product's official leaflet. That does not prove "
           "there is none: ask for a copy before anything is signed or paid.")),
        (_("It is not known whether there is an official leaflet for the product. Ask for a "
           "copy before you sign or pay anything."),
         _("It is not known whether there is an official leaflet for the product. Ask for a "
           "copy before anything is signed or paid.")),
    ),
}

__all__ = ["PAPER_TEXTS", "Said"]

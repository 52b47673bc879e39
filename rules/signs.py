"""The warning signs, and the documents to ask for.

Sign ids are a contract (issue 12): ``warning_signs`` is a list of these ids, ``[]`` for none,
or ``"unsure"``. A document is "seen" only when every question it names was answered "yes"
(seen in writing).
"""

from .i18n import _
from .question_model import Document, WarningSign
from .questions_itrt import ASK_PROOF
from .questions_offer import ASK_CELLS, ASK_ILLNESS

_ASK_SECOND_OPINION = _("Can the patient take time for a second opinion before deciding or "
                        "paying, at the same price?")

WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        "no_evidence",
        _("No published scientific evidence was given"),
        _("A real treatment can point to published results from trials in people."),
        _("Where are the published results of trials of this treatment in people?"),
        "itrt-guide",
        doctor_ask=ASK_PROOF,
    ),
    WarningSign(
        "many_conditions",
        _("The same treatment is offered for very different conditions"),
        _("One product that treats many unrelated illnesses is a typical sign of an unproven "
          "offer."),
        _("For which condition exactly is this product authorised?"),
        "itrt-guide",
        doctor_ask=ASK_ILLNESS,
    ),
    WarningSign(
        "origin_unexplained",
        _("Where the cells come from and how they are processed was not explained"),
        _("You should be told the source of the cells and every step they go through."),
        _("Where do the cells come from, and how are they processed, tested and stored?"),
        "itrt-guide",
        doctor_ask=ASK_CELLS,
    ),
    WarningSign(
        "no_protocol_or_ethics",
        _("There is no written clinical protocol or ethics committee approval"),
        _("Experimental treatments need a written protocol approved by an ethics committee."),
        _("Can I see the written treatment protocol and the ethics committee approval?"),
        "itrt-guide",
        doctor_ask=_("May the patient see the written treatment protocol and the ethics "
                     "committee's approval?"),
    ),
    WarningSign(
        "no_risks_claim",
        _("You were told there are no risks"),
        _("Every treatment has risks, even authorised ones: reactions, infection, or simply no "
          "effect."),
        _("What are the risks, and what happens if something goes wrong?"),
        "itrt-guide",
        doctor=_("Told there are no risks"),
        doctor_ask=_("What are the risks, and what happens if something goes wrong?"),
    ),
    WarningSign(
        "unjustified_cost",
        _("The price is high with no clear explanation of what it pays for"),
        _("A high price with no breakdown of what it covers should make you cautious."),
        _("Can I have a written breakdown of the price and what it covers?"),
        "itrt-guide",
        doctor_ask=_("What does the price cover, in a written breakdown?"),
    ),
    WarningSign(
        "guaranteed_results",
        _("Results were promised: a cure, a \"cure-all\" or a success rate"),
        _("Honest clinics set realistic goals. Promised cures or success rates are not backed "
          "by evidence."),
        _("What results can I realistically expect, and what evidence are they based on?"),
        "bookimed-safety",
        doctor_ask=_("What results can the patient realistically expect, and on what evidence?"),
    ),
    WarningSign(
        "pressure_to_decide",
        _("You were pushed to decide quickly"),
        _("Time-limited deals and discounts are sales tactics. A medical decision deserves "
          "time and a second opinion."),
        _("Can I take time to get a second opinion before I decide or pay anything?"),
        "bookimed-safety",
        doctor=_("Pushed to decide quickly"),
        doctor_ask=_ASK_SECOND_OPINION,
    ),
    WarningSign(
        "no_medical_evaluation",
        _("You were accepted without a diagnosis or a look at your medical records"),
        _("A responsible clinic examines you, confirms the diagnosis and reviews your history "
          "and medicines before deciding."),
        _("How will you assess whether this treatment is right for me? Which of my records "
          "do you need?"),
        "bookimed-safety",
        doctor=_("Accepted without a diagnosis or a look at the medical records"),
        doctor_ask=_("How will the clinic assess whether the treatment suits the patient, and "
                     "which records does it need?"),
    ),
    WarningSign(
        "travel_package",
        _("It is sold as a package with travel, a hotel or transfers"),
        _("Packages with flights, hotels and transfers are how medical tourism is sold. The "
          "price of a trip says nothing about the treatment."),
        _("What exactly does the price pay for in the treatment itself?"),
        "bookimed-safety",
        doctor_ask=_("Which part of the price pays for the treatment itself?"),
    ),
    WarningSign(
        "upfront_payment",
        _("You must pay all or most of the price before you are treated"),
        _("Paying in advance makes it hard to change your mind after a second opinion."),
        _("What happens to my money if I decide not to go ahead, or if the doctors find I "
          "should not be treated?"),
        "fda-consumer-2021",
        doctor=_("All or most of the price to be paid before treatment"),
        doctor_ask=_("What happens to the money if the patient does not go ahead or is found "
                     "unsuitable?"),
    ),
    WarningSign(
        "limited_time_offer",
        _("There is a discount or a deal that ends soon"),
        _("A deal that ends soon is a sales trick. A medical choice needs time and a second "
          "opinion."),
        _("Will the same price still apply after I get a second opinion?"),
        "bookimed-safety",
        doctor_ask=_ASK_SECOND_OPINION,
    ),
    WarningSign(
        "testimonials",
        _("The clinic relies on patient stories, famous patients or reviews"),
        _("Stories and reviews are not proof that a treatment works. Only a trial can show "
          "that."),
        _("Apart from patient stories, what published trial shows that this works?"),
        "itrt-guide",
        doctor_ask=ASK_PROOF,
    ),
    WarningSign(
        "pay_for_trial",
        _("You were asked to pay to take part in a \"trial\""),
        _("A real clinical trial is authorised, approved by an ethics committee and publicly "
          "registered. Being charged to join one suggests a sale, not research."),
        _("What is the trial's registration number, and why am I asked to pay to take part?"),
        "turner-2017",
        serious=True,
        doctor=_("Asked to pay to take part in a \"trial\""),
        doctor_ask=_("Why is the patient asked to pay to take part, and what is the trial's "
                     "registration number?"),
    ),
)

WARNING_SIGNS_BY_ID: dict[str, WarningSign] = {w.id: w for w in WARNING_SIGNS}

#: The value a form sends for "None of these"; never stored as a warning sign.
NO_WARNING_SIGNS = "none"

DOCUMENTS: tuple[Document, ...] = (
    Document(
        "authorisation",
        _("The authorisation of the product, or its clinical trial registration number"),
        _("From the medicines agency; a trial number can be looked up in a public register."),
        "itrt-guide",
        ("authorisation_document",),
    ),
    Document(
        "leaflet",
        _("The official product leaflet: dose, manufacturing and expiry dates, cell viability "
          "and cell characterisation"),
        _("It shows what exactly would be given to you."),
        "itrt-guide",
        ("leaflet",),
    ),
    Document(
        "quality",
        _("Proof of manufacture in a certified clean room (GMP) and the batch's quality "
          "controls"),
        _("Sterility, identity, viability and potency tests, and the chain of custody."),
        "regencord-safety",
        ("clean_room",),
    ),
    Document(
        "consent",
        _("The informed consent form"),
        _("It should set out risks, benefits, alternatives, duration and follow-up, and be "
          "approved by an ethics committee if the treatment is experimental."),
        "itrt-guide",
        ("trial_consent",),
    ),
    Document(
        "protocol",
        _("The written treatment protocol"),
        _("What will be done, by whom, when, and by which route the cells are given."),
        "itrt-guide",
    ),
    Document(
        "follow_up",
        _("The follow-up plan: visits, pain and function scales, and imaging"),
        _("Planned check-ups, for example at 48 to 72 hours, 4 to 6 weeks, 3 months and 6 to "
          "12 months."),
        "regencord-safety",
    ),
    Document(
        "price",
        _("A written quote with a breakdown of the price"),
        _("What you would pay for, and what happens to the money if treatment does not go "
          "ahead."),
        "itrt-guide",
    ),
)

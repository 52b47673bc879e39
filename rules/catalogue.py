"""The questionnaire: the ten questions of the ITRT guide, the warning signs and the documents.

The ids are a contract: forms, stored answers, JSON and outside checks use them. The texts
are message ids marked for translation and written in our own plain words; every entry
cites a seed source id, checked when this module loads.
"""

from dataclasses import dataclass

from .i18n import _
from .sources import check_source

YES, NO, UNSURE = "yes", "no", "unsure"
AUTOLOGOUS, ALLOGENEIC = "autologous", "allogeneic"

#: Question kinds, each with the answers it accepts.
YES_NO = "yes_no"
CELL_SOURCE = "cell_source"
DAYS = "days"

ANSWER_LABELS = {
    YES: _("Yes"),
    NO: _("No"),
    UNSURE: _("Not sure"),
    AUTOLOGOUS: _("My own cells (autologous)"),
    ALLOGENEIC: _("A donor's cells (allogeneic)"),
}

CHOICES = {
    YES_NO: (YES, NO, UNSURE),
    CELL_SOURCE: (AUTOLOGOUS, ALLOGENEIC, UNSURE),
}


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    number: str
    kind: str
    text: str
    short: str
    hint: str
    ask: str
    source: str

    @property
    def choices(self) -> tuple[str, ...]:
        """The accepted answers; for DAYS, ``unsure`` besides a whole number of days."""
        return CHOICES.get(self.kind, (UNSURE,))


@dataclass(frozen=True, slots=True)
class WarningSign:
    id: str
    label: str
    hint: str
    ask: str
    source: str
    #: A serious sign makes the verdict red on its own.
    serious: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    hint: str
    source: str
    #: The questions whose "yes" says the patient has already seen this document.
    questions: tuple[str, ...] = ()


QUESTIONS: tuple[Question, ...] = (
    Question(
        "atmp", "1", YES_NO,
        _("Is the product an advanced therapy medicinal product (ATMP)?"),
        _("Advanced therapy medicinal product"),
        _("Only products authorised as advanced therapy medicines have shown in patients that "
          "they work. Many products called \"stem cells\" are not one."),
        _("Is this product an authorised advanced therapy medicinal product? What is its "
          "name?"),
        "itrt-guide",
    ),
    Question(
        "clinical_trial", "2", YES_NO,
        _("Has a clinical trial shown that it is feasible, safe and effective?"),
        _("Clinical trial evidence"),
        _("Only an authorised clinical trial in people can show that a cell therapy works. "
          "Small studies or other patients' stories are not enough."),
        _("Which clinical trial showed that this treatment is safe and works? Where are its "
          "results published?"),
        "itrt-guide",
    ),
    Question(
        "regulator", "3", YES_NO,
        _("Is it regulated by the medicines agency (AEMPS in Spain, EMA in the European "
          "Union)?"),
        _("Regulated by the medicines agency"),
        _("Products registered with the medicines agency have legal guarantees, quality "
          "controls and a system that watches for side effects."),
        _("Which medicines agency regulates this product, and under what registration?"),
        "itrt-guide",
    ),
    Question(
        "clean_room", "4", YES_NO,
        _("Was the product made in a certified clean room following written procedures "
          "(GMP)?"),
        _("Made in a certified clean room (GMP)"),
        _("A clean room is a controlled laboratory that keeps cells free of contamination. "
          "Written standard procedures make every batch safe and the same."),
        _("Where was the product made? Is that laboratory certified for good manufacturing "
          "practice (GMP)?"),
        "itrt-guide",
    ),
    Question(
        "authorisation_document", "5", YES_NO,
        _("Were you shown the authorisation document or a clinical trial registration "
          "number?"),
        _("Authorisation document or trial number seen"),
        _("A legitimate treatment has a specific authorisation, or a trial registration number "
          "you can look up yourself in a public register."),
        _("Please give me a copy of the authorisation for this treatment, or its clinical "
          "trial registration number."),
        "itrt-guide",
    ),
    Question(
        "administrator_authorised", "6", YES_NO,
        _("Is the doctor or clinic authorised to give this treatment?"),
        _("Doctor or clinic authorised to give it"),
        _("Advanced therapy medicines may only be given by doctors and centres expressly "
          "authorised to do so."),
        _("Is this clinic, and the doctor who will treat me, authorised to give advanced "
          "therapy medicines? Can I see that authorisation?"),
        "itrt-guide",
    ),
    Question(
        "leaflet", "7", YES_NO,
        _("Is there an official product leaflet?"),
        _("Official product leaflet"),
        _("The leaflet should give the dose, the manufacturing and expiry dates, how many "
          "cells are alive (viability) and what the cells are (characterisation)."),
        _("Can I have the official leaflet for this product, with the dose, the "
          "manufacturing and expiry dates, the cell viability and what the cells are?"),
        "itrt-guide",
    ),
    Question(
        "cell_source", "8a", CELL_SOURCE,
        _("Whose cells are they?"),
        _("Whose cells"),
        _("Your own cells (autologous) and a donor's cells (allogeneic) need different "
          "preparation times in the laboratory."),
        _("Are the cells my own or a donor's? What type of cells are they?"),
        "itrt-guide",
    ),
    Question(
        "extraction_days", "8b", DAYS,
        _("How many days pass between taking the cells and giving them back to you?"),
        _("Days from extraction to application"),
        _("Growing enough cells in a laboratory takes weeks. Cells taken and injected on the "
          "same day are not an authorised medicine."),
        _("How many days will pass between taking the cells and giving them to me, and what "
          "happens to the cells in that time?"),
        "itrt-guide",
    ),
    Question(
        "pain_followup", "9", YES_NO,
        _("Will you have clinical follow-up that measures pain and function on standard "
          "scales?"),
        _("Follow-up with pain and function scales"),
        _("A proper treatment checks your pain and movement on standard scales before and "
          "after, at planned visits."),
        _("What follow-up visits will I have, and which scales will measure my pain and "
          "function before and after?"),
        "itrt-guide",
    ),
    Question(
        "imaging_followup", "10", YES_NO,
        _("Will imaging (an MRI scan) be used to check whether the tissue has regenerated?"),
        _("Imaging (MRI) follow-up"),
        _("An MRI scan is the main way to see whether cartilage, tendon or other tissue has "
          "actually repaired."),
        _("Will an MRI scan check whether the tissue has regenerated, and when?"),
        "itrt-guide",
    ),
)

QUESTIONS_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}

WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        "no_evidence",
        _("No published scientific evidence was given"),
        _("A real treatment can point to published results from trials in people."),
        _("Where are the published results of trials of this treatment in people?"),
        "itrt-guide",
    ),
    WarningSign(
        "many_conditions",
        _("The same treatment is offered for very different conditions"),
        _("One product that treats many unrelated illnesses is a typical sign of an unproven "
          "offer."),
        _("For which condition exactly is this product authorised?"),
        "itrt-guide",
    ),
    WarningSign(
        "origin_unexplained",
        _("Where the cells come from and how they are processed was not explained"),
        _("You should be told the source of the cells and every step they go through."),
        _("Where do the cells come from, and how are they processed, tested and stored?"),
        "itrt-guide",
    ),
    WarningSign(
        "no_protocol_or_ethics",
        _("There is no written clinical protocol or ethics committee approval"),
        _("Experimental treatments need a written protocol approved by an ethics committee."),
        _("Can I see the written treatment protocol and the ethics committee approval?"),
        "itrt-guide",
    ),
    WarningSign(
        "no_risks_claim",
        _("You were told there are no risks"),
        _("Every treatment has risks, even authorised ones: reactions, infection, or simply no "
          "effect."),
        _("What are the risks, and what happens if something goes wrong?"),
        "itrt-guide",
    ),
    WarningSign(
        "unjustified_cost",
        _("The price is high with no clear explanation of what it pays for"),
        _("A high price with no breakdown of what it covers should make you cautious."),
        _("Can I have a written breakdown of the price and what it covers?"),
        "itrt-guide",
    ),
    WarningSign(
        "guaranteed_results",
        _("Results were promised: a cure, a \"cure-all\" or a success rate"),
        _("Honest clinics set realistic goals. Promised cures or success rates are not backed "
          "by evidence."),
        _("What results can I realistically expect, and what evidence are they based on?"),
        "bookimed-safety",
    ),
    WarningSign(
        "pressure_to_decide",
        _("You were pushed to decide quickly: a limited-time deal, a discount or pay now"),
        _("Time-limited deals and discounts are sales tactics. A medical decision deserves "
          "time and a second opinion."),
        _("Can I take time to get a second opinion before I decide or pay anything?"),
        "bookimed-safety",
    ),
    WarningSign(
        "no_medical_evaluation",
        _("You were accepted without a diagnosis or a look at your medical records"),
        _("A responsible clinic examines you, confirms the diagnosis and reviews your history "
          "and medicines before deciding."),
        _("How will you assess whether this treatment is right for me? Which of my records "
          "do you need?"),
        "bookimed-safety",
    ),
    WarningSign(
        "pay_for_trial",
        _("You were asked to pay to take part in a \"trial\""),
        _("A real clinical trial is authorised, approved by an ethics committee and publicly "
          "registered. Being charged to join one suggests a sale, not research."),
        _("What is the trial's registration number, and why am I asked to pay to take part?"),
        "itrt-guide",
        serious=True,
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
        ("authorisation_document", "regulator"),
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
        ("pain_followup", "imaging_followup"),
    ),
    Document(
        "price",
        _("A written quote with a breakdown of the price"),
        _("What you would pay for, and what happens to the money if treatment does not go "
          "ahead."),
        "itrt-guide",
    ),
)

#: The answer ids, in questionnaire order, including the warning-sign checklist.
WARNING_SIGNS_ID = "warning_signs"
ANSWER_IDS: tuple[str, ...] = (*(q.id for q in QUESTIONS), WARNING_SIGNS_ID)


def _check_catalogue() -> None:
    for table in (QUESTIONS, WARNING_SIGNS, DOCUMENTS):
        seen: set[str] = set()
        for entry in table:
            kind = type(entry).__name__
            if entry.id in seen:
                raise ValueError(f"{kind} {entry.id!r}: duplicate id")
            seen.add(entry.id)
            check_source(entry.source, f"{kind} {entry.id!r}")
    for q in QUESTIONS:
        if q.kind not in (YES_NO, CELL_SOURCE, DAYS):
            raise ValueError(f"Question {q.id!r}: unknown kind {q.kind!r}")
    for d in DOCUMENTS:
        for qid in d.questions:
            if qid not in QUESTIONS_BY_ID:
                raise ValueError(f"Document {d.id!r}: unknown question id {qid!r}")
    if NO_WARNING_SIGNS in WARNING_SIGNS_BY_ID:
        raise ValueError("'none' is reserved for \"None of these\"")


_check_catalogue()

# ruff: noqa: E501 -- the table's patterns, with every repeat bounded ({0,20} for *), read best unbroken.
"""Phrase rules on studies and procedures: paying to join a study, cells taken and given
back the same day, and the reassuring notes (an authorised product, a registered trial, free
participation). In the table's order (``rules.phrases.PHRASES`` is claims, then offers, then
trials)."""

from ..i18n import _
from .model import BLOOD_CANCER, GAP6, MONEY, TRIAL, PhraseRule

TRIALS: tuple[PhraseRule, ...] = (
    # --- pay_for_trial ---------------------------------------------------------------------
    PhraseRule(
        "paid_trial",
        "pay_for_trial",
        en=(r"(?:pay|paying|paid) (?:\w{1,24} ){0,2}(?:to (?:join|enter|enrol{1,2}|participate|take part|"
            r"be (?:in|part of))|for (?:participation|enrol{1,2}ment|(?:the |a |our )?(?:clinical )?"
            r"(?:trial|study)))",
            r"(?:patient|self) ?funded (?:clinical )?(?:trials?|stud(?:y|ies)|research|"
            r"protocols?)",
            r"(?:participation|enrol{1,2}ment|study|trial|research) (?:fee|cost|price|contribution)s?",
            r"(?:trial|study|research protocol) (?:\w{1,24} ){0,4}(?:costs (?:\w{1,24} )?\d|is priced|fee is|"
            r"price is)",
            rf"(?:clinical )?(?:trial|study|research protocol)\w{{0,20}} {GAP6}{MONEY}",
            r"(?:costs?|fees?|price) (?:\w{1,24} ){0,3}(?:to (?:join|enter|participate|take part))"),
        es=(r"(?:pag\w{1,24}|abon\w{1,24}) (?:\w{1,24} ){0,2}(?:por|para) (?:participar|entrar|formar parte|"
            r"inscribirse|el ensayo|el estudio|la participacion)",
            r"(?:cuota|tasa|coste|costo|precio|aportacion) (?:de |por )?(?:la )?(?:participacion|"
            r"inscripcion|del ensayo|del estudio)",
            r"(?:ensayo|estudio) (?:clinico )?(?:\w{1,24} ){0,2}(?:financiado|pagado|costeado) por "
            r"(?:el )?(?:paciente|participante)",
            rf"(?:ensayo|estudio|protocolo de investigacion)\w{{0,20}} {GAP6}{MONEY}",
            r"(?:ensayo|estudio) (?:\w{1,24} ){0,6}(?:cuesta|tiene un (?:coste|costo|precio))"),
        explanation=_("You are asked to pay to take part in a study. A genuine clinical trial "
                      "does not charge its participants for the treatment it tests."),
        source="turner-2017",
        unless=(r"reimburs\w{0,20}|reembols\w{0,20}|free of charge|at no cost|gratuit\w{0,20}|sin coste|"
                r"sin costo|no (?:tendra|tiene) que pagar|(?:covered|paid) by the (?:study|trial|"
                r"sponsor)|cubiert[oa]s? por el (?:estudio|ensayo|promotor)|(?:el )?(?:estudio|"
                r"ensayo|promotor) (?:cubre|paga)|(?:sponsor|study|trial) (?:pays|covers|will pay|"
                r"will cover) (?:for )?(?:your|all|the|any|travel)|not (?:have to )?pay",),
    ),
    # --- same_day_procedure ----------------------------------------------------------------
    PhraseRule(
        "same_day",
        "same_day_procedure",
        en=(r"same day|same visit|single (?:visit|session|appointment|day)|one (?:visit|session|"
            r"appointment|day procedure)",
            r"(?:out|home|back) (?:\w{1,24} ){0,2}(?:in|within) (?:just |only |about )?(?:[1-6]|a few|"
            r"one|two|three|four) hours?",
            r"(?:whole|entire|full) (?:treatment|procedure|process) (?:takes|lasts) (?:only |just |"
            r"about )?(?:[1-6]|a few|one|two|three|four) hours?",
            r"(?:in|within) (?:just |only )?(?:one|a single|a) (?:morning|afternoon)",
        ),
        es=(r"(?:el|en el) mismo dia|(?:una )?(?:sola|unica) (?:visita|sesion|cita|jornada)|"
            r"(?:sale|vuelve|regresa|alta) (?:\w{1,24} ){0,3}en (?:solo |tan solo |apenas )?(?:unas "
            r"(?:pocas )?|pocas |[1-6] |dos |tres )horas",
            r"(?:todo el|el) (?:tratamiento|procedimiento|proceso) (?:dura|lleva) (?:solo |unas |"
            r"apenas )?(?:[1-6]|dos|tres|cuatro|pocas) horas",
            r"en (?:solo |tan solo )?(?:una )?(?:sola )?(?:manana|tarde)"),
        explanation=_("Cells taken and given back in one visit cannot have been grown in a "
                      "laboratory. On the days question, answer \"the same day\"."),
        source="itrt-guide",
        requires=(r"cells?|celul\w{0,20}|inject\w{0,20}|inyect\w{0,20}|extract\w{0,20}|extra[ie]\w{0,20}|harvest\w{0,20}|"
                  r"aspira\w{0,20}|liposuc\w{0,20}|bone marrow|medula|fat|grasa|procedures?|"
                  r"procedimientos?|treatments?|tratamientos?|therap\w{1,24}|terapias?|implant\w{0,20}|"
                  r"home|casa|walk out",),
        unless=(BLOOD_CANCER, r"follow\w{0,20}|seguimiento|results? (?:in|within)|resultados? en",
                r"apheres\w{0,20}|aferesis|donors?|donantes?|haematolog\w{0,20}|hematolog\w{0,20}"),
    ),
    PhraseRule(
        "point_of_care",
        "same_day_procedure",
        en=(r"point of care|bedside|in office|chair ?side|walk in,? walk out",
            r"centrifug\w{1,24}|spun down|processed on site|concentrated and (?:re)?injected|"
            r"bone marrow (?:aspirate )?concentrate|bmac|stromal vascular fraction|svf",
            r"(?:harvest\w{0,20}|extract\w{0,20}|collect\w{0,20}|taken|drawn|aspirat\w{0,20}) (?:\w{1,24} ){0,8}(?:and|then)"
            r" (?:\w{1,24} ){0,4}(?:re-?)?(?:inject\w{0,20}|implant\w{0,20}|given back|returned|administered)"
            r" (?:\w{1,24} ){0,3}(?:right away|immediately|straight away|same|minutes|hours)"),
        es=(r"centrifug\w{1,24}|concentrad[oa]s? (?:y|e) (?:re)?inyectad\w{1,24}",
            r"(?:extra\w{1,24}|obtien\w{1,24}|recog\w{1,24}|aspira\w{1,24}) (?:\w{1,24} ){0,8}(?:y|e) (?:\w{1,24} ){0,4}"
            r"(?:re)?(?:inyect\w{1,24}|implant\w{1,24}|aplic\w{1,24}|administr\w{1,24}) (?:\w{1,24} ){0,3}(?:de inmediato|"
            r"inmediatamente|en el acto|mismo|minutos|horas)",
            r"punto de atencion|en consulta|en el propio quirofano"),
        explanation=_("The cells are processed and given back during the same visit, so they "
                      "cannot have been grown in a laboratory. On the days question, answer "
                      "\"the same day\"."),
        source="ema-cat-2020",
        unless=(BLOOD_CANCER,),
    ),
    # --- benign notes ----------------------------------------------------------------------
    PhraseRule(
        "authorised_product",
        "authorised_product",
        en=(r"holoclar|spherox|ryoncil|remestemcel\w{0,20}|eu/1/\d{2}/\d{3,4}(?:/\d{3})?",),
        es=(r"holoclar|spherox|ryoncil|remestemcel\w{0,20}|eu/1/\d{2}/\d{3,4}(?:/\d{3})?",),
        explanation=_("The text names an authorised cell medicine. Check that this is the "
                      "product you are offered, and for the condition it is authorised for."),
        source="ema-cat-2020",
    ),
    PhraseRule(
        "registered_trial",
        "registered_trial",
        en=(r"nct ?\d{8}|isrctn ?\d{8}|(?:eudract|eu ct|euct|trial)(?: number| no\.?| n)?:? "
            r"?\d{4}-\d{6}-\d{2}(?:-\d{2})?|\d{4}-5\d{5}-\d{2}-\d{2}",),
        es=(r"nct ?\d{8}|isrctn ?\d{8}|(?:eudract|eu ct|euct|ensayo)(?: numero| n| no\.?)?:? "
            r"?\d{4}-\d{6}-\d{2}(?:-\d{2})?|\d{4}-5\d{5}-\d{2}-\d{2}",),
        explanation=_("The text gives a trial register number in a valid format. A number alone "
                      "proves nothing: open the record and check it names this study."),
        source="trial-registries",
    ),
    PhraseRule(
        "free_participation",
        "free_participation",
        en=(r"(?:free of charge|at no (?:cost|charge)(?: to you)?|(?:is|are) free|no cost|"
            r"(?:will|do|does) not (?:have to )?(?:pay|be charged|cost you)|costs? you nothing|"
            r"without (?:any )?(?:cost|charge)|voluntary and free)",),
        es=(r"(?:gratuit[oa]s?|gratis|sin (?:ningun )?(?:coste|costo|cargo)|no (?:tendra|tiene|"
            r"tendras|tienes) que pagar|no (?:le|te) costara|no supone (?:ningun )?(?:coste|costo|"
            r"gasto)|voluntaria y gratuita)",),
        explanation=_("The text says taking part costs you nothing, as it should in a genuine "
                      "clinical trial."),
        source="cuende-2021",
        requires=(TRIAL,),
    ),
)

"""The phrase rules of the advert scanner, as data: which words in a clinic's own text point
at which warning sign.

Patterns are regular expressions written against *folded* text (see ``rules.scan.fold``):
lower case, accents removed, curly quotes and dashes made plain. A literal space in a
pattern stands for "one or more spaces, line breaks or hyphens", so ``limited time`` also
finds "Limited-time" and "limited\\ntime". Every pattern is wrapped in word boundaries.

``requires`` and ``unless`` are patterns (any language) looked for in the same sentence as
the match: the match counts only when one of ``requires`` is there (if any are given) and
none of ``unless`` is. A match right after a negation ("not proven", "sin garantía") or in a
sentence that warns about the claim ("beware of clinics that promise a cure") never counts:
see ``rules.scan``.

``_check_phrases`` runs at import: an unknown sign or source id, a duplicate rule id, a
pattern that does not compile or that matches the empty string is an error then.
"""

import re
from dataclasses import dataclass

from .catalogue import WARNING_SIGNS_BY_ID
from .i18n import _
from .sources import check_source

# Issue 12 adds these four ids to the warning-sign catalogue on another branch. Until the
# catalogue has them, the scanner accepts them from here. Delete this constant (and its use
# in SCAN_SIGNS) once rules.WARNING_SIGNS_BY_ID contains them.
_PENDING_CATALOGUE_SIGNS: frozenset[str] = frozenset(
    {"travel_package", "upfront_payment", "limited_time_offer", "testimonials"}
)

#: Not a warning sign of the questionnaire: suggests answering the days question "the same day".
SAME_DAY_PROCEDURE = "same_day_procedure"
#: Reassuring notes, never warning signs.
BENIGN_SIGNS: frozenset[str] = frozenset(
    {"authorised_product", "registered_trial", "free_participation"}
)

SCAN_SIGNS: frozenset[str] = frozenset(
    {*WARNING_SIGNS_BY_ID, *_PENDING_CATALOGUE_SIGNS, SAME_DAY_PROCEDURE, *BENIGN_SIGNS}
)

#: Up to three words between two parts of a phrase.
_GAP = r"(?:[\w%$€£']+(?:[.,]\d+)*,? ){0,3}"
_GAP6 = r"(?:[\w%$€£']+(?:[.,]\d+)*,? ){0,6}"
#: A sum of money of at least four digits, with or without a currency sign or word.
_MONEY = (r"(?:(?:us\$|\$|€|£|usd|eur|euros?|mxn|dollars?|dolares)\s?\d{1,3}(?:[.,\s]\d{3})+"
          r"|(?:us\$|\$|€|£|usd|eur)\s?\d{3,6}"
          r"|\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{2})?\s?(?:\$|€|£|usd|eur|euros?|dollars?|dolares|mxn)"
          r"|\d{3,6}\s?(?:\$|€|£|usd|eur|euros?|dollars?|dolares))")
_MONEY_OR_PERCENT = rf"(?:{_MONEY}|\d{{1,3}} ?%)"
_CELLS_EN = r"(?:stem cells?|cells?|stem cell (?:therapy|treatment)|therapy|treatment)"
_BLOOD_CANCER = (r"(?:leuka?emias?|lymphomas?|myelomas?|myelodysplas\w*|aplastic|sickle cell|"
                 r"thalassa?emia|blood cancers?|leucemias?|linfomas?|mielomas?|"
                 r"anemia aplasica|talasemia|cancer de la sangre|cancer hematologico)")
_REIMBURSED = (r"(?:reimburs\w*|covered by the (?:study|trial|sponsor)|paid by the "
               r"(?:study|trial|sponsor)|reembols\w*|"
               r"cubiert[oa]s? por el (?:estudio|ensayo|promotor)"
               r"|pagad[oa]s? por el (?:estudio|ensayo|promotor)|compensa\w*)")
_AUTHORISED = r"(?:holoclar|spherox|ryoncil|remestemcel\w*|eu/1/\d{2}/\d{3,4})"
_TRIAL = (r"(?:trials?|study|studies|research|ensayos?|estudios?|investigacion|participa\w*|"
          r"(?:take|taking|takes) part)")


@dataclass(frozen=True, slots=True)
class PhraseRule:
    id: str
    sign: str
    en: tuple[str, ...]
    es: tuple[str, ...]
    explanation: str
    source: str
    requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ConditionGroup:
    """Conditions of one body system; an advert naming several groups offers one product for
    many unrelated diseases."""

    id: str
    en: tuple[str, ...]
    es: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ListRule:
    """Flags conditions named within a few lines of each other: at least ``min_conditions``
    different ones from ``min_groups`` body systems, or one more than ``min_conditions``
    from any. Mentions in a sentence matching ``unless`` (contraindications, "tell your
    doctor if you have...") do not count."""

    id: str
    sign: str
    min_groups: int
    min_conditions: int
    explanation: str
    source: str
    unless: tuple[str, ...] = ()

    def holds(self, conditions: int, groups: int) -> bool:
        return conditions >= self.min_conditions and (
            groups >= self.min_groups or conditions > self.min_conditions)


PHRASES: tuple[PhraseRule, ...] = (
    # --- no_evidence -----------------------------------------------------------------------
    PhraseRule(
        "proven",
        "no_evidence",
        en=(r"(?:clinically|scientifically|medically|100%) (?:proven|tested and proven)",
            r"proven (?:results?|treatments?|therap\w+|methods?|technolog\w+|protocols?|"
            r"effective\w*|safe\w*|benefits?|track record|to (?:work|heal|repair|regenerate|"
            r"reverse|cure|improve|help|restore|reduce))",
            r"(?:is|are|has been|have been|been) (?:scientifically |clinically )?proven",
            r"(?:been |is |are )?(?:shown|proven|demonstrated|known) to (?:be (?:highly )?"
            r"(?:safe|effective|successful|beneficial)|work|improve|reverse|repair|regenerate|"
            r"heal|help|cure|restore)",
            r"(?:studies|research|science|trials) (?:has |have )?(?:shows?|proves?|proven|"
            r"confirms?|confirmed)(?: that)? (?:stem )?cells? (?:therapy |treatment )?(?:is|are|"
            r"can|work)"),
        es=(r"(?:clinica|cientifica|medica)mente (?:probad|demostrad|comprobad)[oa]s?",
            r"(?:eficacia|efectividad|resultados?|beneficios?|seguridad|tratamientos?|terapias?|"
            r"metodos?|tecnicas?) (?:probad|demostrad|comprobad)[oa]s?",
            r"(?:esta|estan|ha sido|han sido) (?:cientificamente |clinicamente )?"
            r"(?:probad|demostrad|comprobad)[oa]s?",
            r"(?:ha|han) demostrado (?:ser (?:muy )?(?:segur|eficaz|efectiv|beneficios)\w*|su "
            r"(?:eficacia|efectividad|seguridad))",
            r"(?:la ciencia|los estudios|la investigacion|los ensayos) (?:demuestra|demuestran|"
            r"confirma|confirman|prueba|prueban)(?: que)? (?:las )?(?:celulas|terapia|"
            r"tratamiento)"),
        explanation=_("A claim that the treatment is proven. Ask for the published trials in "
                      "people that prove it for your condition."),
        source="itrt-guide",
        unless=(_AUTHORISED,),
    ),
    PhraseRule(
        "breakthrough",
        "no_evidence",
        en=(r"(?:revolutionary|breakthrough|groundbreaking|ground-breaking|cutting edge|"
            r"state of the art|next generation) (?:stem )?(?:cells?|therap\w+|treatments?|"
            r"technolog\w+|medicine|procedures?|protocols?|regenerative)",
            r"medical breakthrough"),
        es=(r"(?:celulas|terapias?|tratamientos?|tecnicas?|tecnologias?|medicina|"
            r"procedimientos?|protocolos?) (?:madre )?(?:revolucionari[oa]s?|pioner[oa]s?|"
            r"de vanguardia|de ultima generacion|de nueva generacion)",
            r"(?:revolucionari[oa]s?|pioner[oa]s?) (?:terapias?|tratamientos?|tecnicas?)",
            r"avance (?:medico|revolucionario)"),
        explanation=_("Words like \"revolutionary\" or \"breakthrough\" describe hope, not "
                      "evidence. A real treatment can point to published results."),
        source="ema-cat-2020",
        unless=(r"potential\w*|potencial\w*|investigacion|research",),
    ),
    PhraseRule(
        "regulator_listing",
        "no_evidence",
        en=(r"(?:fda|cofepris|government) (?:registered|licensed|certified|compliant)",
            r"registered (?:with|by) (?:the )?(?:fda|cofepris|ministry of health)"),
        es=(r"(?:registrad[oa]s?|certificad[oa]s?|avalad[oa]s?|autorizad[oa]s?) (?:por|ante) "
            r"(?:la )?(?:cofepris|fda|secretaria de salud)",
            r"aviso de funcionamiento"),
        explanation=_("A clinic's registration or licence to operate is not an approval of the "
                      "treatment it sells."),
        source="fda-consumer-2021",
    ),
    # --- guaranteed_results ----------------------------------------------------------------
    PhraseRule(
        "guarantee",
        "guaranteed_results",
        en=(rf"guarantee[ds]? {_GAP}(?:results?|success|improvement|outcomes?|cure|recovery|"
            r"effective\w*|relief|regeneration|healing|benefits?)",
            rf"(?:results?|success|improvement|outcomes?|recovery|relief|effect) {_GAP}guaranteed",
            r"guaranteed|(?:money back|satisfaction|lifetime|results?|100 ?%) guarantee\w*"),
        es=(rf"garantiza\w* {_GAP}(?:resultados?|exito|mejori?as?|cura\w*|recuperacion|"
            r"efectividad|eficacia|alivio|regeneracion|beneficios?)",
            rf"(?:resultados?|exito|mejori?as?|cura\w*|recuperacion|efectividad|eficacia|alivio) "
            rf"{_GAP}garantizad[oa]s?",
            r"garantia (?:de|del) (?:\d+ ?% (?:de )?)?(?:exito|resultados?|mejori?a|satisfaccion|"
            r"devolucion)",
            r"garantizamos (?:que|el|la|los|las|su|tu)"),
        explanation=_("Results are promised. Honest clinics set realistic goals; nobody can "
                      "guarantee how a treatment will work for you."),
        source="bookimed-safety",
        unless=(r"quality|calidad",),
    ),
    PhraseRule(
        "cure",
        "guaranteed_results",
        en=(r"(?:cures?|cured|curing|curative) (?:for )?(?:your |the |many |most |all |over |"
            r"more than |\d+ )?(?:\w+ )?(?:diseases?|conditions?|illness\w*|disorders?|pain|"
            r"diabetes|autism|parkinson'?s?|als|ms|arthritis|alzheimer'?s?|cancer|injur\w+)",
            r"(?:a|the|permanent|definitive|complete|real|total|natural) cure",
            r"cure all|cure-all|cures? (?:it|them) for good|be cured|get cured|were cured|"
            r"was cured|permanently cur\w+|curing"),
        es=(r"(?:la|una|su) (?:cura|curacion)(?: definitiva| total| completa| real)?",
            r"(?:curar|curamos|curan|curo|curara|curaran|cura|curativ[oa]s?|curad[oa]s?) "
            r"(?:\w+ ){0,2}(?:enfermedad\w*|diabetes|autismo|parkinson|ela|esclerosis|artrosis|"
            r"artritis|alzheimer|lesion\w*|dolor\w*|padecimientos?|cancer|para siempre|"
            r"definitivamente|la|el|los|las|su|sus)",
            r"curacion (?:definitiva|total|completa|permanente)|curarse|se curo|se curaron"),
        explanation=_("A cure is promised. No stem cell product is proven to cure most of the "
                      "diseases clinics advertise."),
        source="fda-consumer-2021",
        unless=(_BLOOD_CANCER, r"there is no|no existe|no hay", r"hope\w*|esperanza"),
    ),
    PhraseRule(
        "success_rate",
        "guaranteed_results",
        en=(r"\d{2,3} ?% (?:success|effective\w*|improvement|of (?:our |the |treated )?"
            r"(?:patients|cases|children|people|clients|adults|men|women) (?:\w+ )?(?:improve\w*|"
            r"see|saw|report\w*|recover\w*|experienc\w*|show\w*|notic\w*|had|get|got|"
            r"benefit\w*|respond\w*))",
            r"(?:permanent(?:ly)?|definitive|lasting|long lasting|lifelong) (?:solution|fix|cure|"
            r"results?|repair)|once and for all|for good|pain free for life",
            r"(?:full|complete|total) (?:regeneration|recovery|repair|healing|restoration)|"
            r"(?:see|notice|feel) (?:the |real |visible )?results (?:in|within|after)",
            rf"success rates? {_GAP}\d{{2,3}} ?%",
            r"miracle|miraculous|reverses? (?:aging|ageing|the (?:disease|damage)|autism|"
            r"diabetes|parkinson'?s)|regrows? (?:cartilage|hair|nerves?)|turns? back the clock",
            r"(?:walk|see|talk|speak|hear|breathe|run)(?:s|ing|ed)? again",
            r"(?:repairs?|regenerates?|rebuilds?) (?:\w+ )?(?:lungs?|heart|nerves?|brain|liver|"
            r"pancreas|organs?|spinal cord)"),
        es=(r"\d{2,3} ?% (?:de )?(?:exito|efectividad|eficacia|mejoria|de (?:los |nuestros |las )?"
            r"(?:pacientes|casos|ninos|personas|clientes|adultos) (?:\w+ )?(?:mejora\w*|"
            r"se recupera\w*|nota\w*|present\w+|experiment\w+|respond\w+|obtuv\w+|logr\w+))",
            r"(?:solucion|remedio|tratamiento|resultados?) (?:definitiv[oa]s?|permanentes?)|"
            r"para siempre|de una vez por todas|olvidese del dolor|olvidate del dolor",
            r"(?:regeneracion|recuperacion|curacion|reparacion) (?:total|completa)|"
            r"(?:vera|veras|notara|notaras) (?:los )?resultados (?:en|desde|tras)",
            rf"tasa de exito {_GAP}\d{{2,3}} ?%",
            r"milagro\w*|revierte\w*|revertir|rejuvenec\w+|regenera\w* (?:el|la|los|las|sus|su|tu|"
            r"tus) (?:cartilago|rodillas?|articulacion\w*|organos?|cuerpo|neuronas?|pancreas|"
            r"pulmon|pulmones|higado|corazon|cerebro|nervios?)|"
            r"(?:volver|vuelv\w+|volvio|volvieron) a (?:caminar|ver|hablar|andar|respirar|oir|"
            r"correr)"),
        explanation=_("A success rate or a dramatic result is promised. Ask which published "
                      "study in people this figure comes from."),
        source="bookimed-safety",
        unless=(_BLOOD_CANCER, _AUTHORISED),
    ),
    # --- no_risks_claim --------------------------------------------------------------------
    PhraseRule(
        "no_side_effects",
        "no_risks_claim",
        en=(r"(?:no|zero|without|free (?:of|from)) (?:any )?(?:known |serious |major )?"
            r"(?:side effects?|adverse (?:effects?|events?|reactions?)|complications?|"
            r"risks?|downtime or risks?)",
            r"(?:side effect|risk|complication) free",
            r"(?:100 ?%|completely|totally|absolutely|perfectly|entirely|fully|very|extremely|"
            r"highly) (?:safe|harmless|risk free)",
            r"safe(?:,)? (?:and|&) (?:effective|natural|painless)",
            r"(?:cannot|can't|can not|will not|won't|never) (?:cause )?(?:harm|hurt|be rejected)",
            r"no (?:risk|chance|possibility) of (?:rejection|infection|harm)|"
            r"no contraindications",
            r"safe\s*\?\s*(?:(?:well|so)\s*,?\s*)?(?:the answer is\s*)?"
            r"(?:a (?:resounding|clear) )?yes"),
        es=(r"(?:sin|cero|ningun|ningunos?|ningunas?|libre de|libres de|exento de) (?:ningun )?"
            r"(?:riesgos?|efectos (?:secundarios|adversos|colaterales)|complicaciones|"
            r"reacciones adversas|rechazo)",
            r"no (?:tiene|tienen|presenta|presentan|causa|causan|produce|producen|hay) "
            r"(?:ningun |ninguna |ningunos |ningunas )?(?:riesgos?|efectos (?:secundarios|"
            r"adversos|colaterales)|complicaciones|rechazo)",
            r"(?:100 ?%|totalmente|completamente|absolutamente|perfectamente|muy|sumamente) "
            r"(?:segur[oa]s?|inocu[oa]s?)",
            r"(?:segur[oa]s?|inocu[oa]s?) (?:y|e) (?:eficaz\w*|efectiv[oa]s?|natural\w*|"
            r"indolor\w*)",
            r"no (?:hay|existe) (?:ningun )?(?:riesgo|peligro)",
            r"(?:sin|no (?:tiene|hay|presenta)) (?:ninguna )?contraindicaciones",
            r"segur[oa]s?\s*\?\s*(?:la respuesta es\s*)?si\b"),
        explanation=_("The text says there are no risks or side effects. Every treatment has "
                      "risks: infection, reactions, or simply no effect."),
        source="itrt-guide",
    ),
    # --- many_conditions (a wide claim in words; the list itself is CONDITIONS below) -------
    PhraseRule(
        "treats_everything",
        "many_conditions",
        en=(r"(?:treats?|treating|help\w*(?: with)?|for) (?:over |more than )?(?:\d{2,3}|dozens of|"
            r"hundreds of|many|all kinds of|a wide range of|a variety of|various|multiple) "
            r"(?:\w+ )?(?:diseases|conditions|illnesses|disorders|pathologies)",
            r"cure all|one (?:treatment|therapy|injection) for (?:many|all|every)"),
        es=(r"(?:trata|tratamos|tratar|ayuda\w*|para|contra) (?:a |con )?(?:mas de )?(?:\d{2,3}|"
            r"decenas de|cientos de|muchas|multiples|diversas|todo tipo de|una gran variedad de|"
            r"todas las) (?:\w+ )?(?:enfermedades|patologias|padecimientos|afecciones|"
            r"condiciones|dolencias)",),
        explanation=_("The same treatment is offered for many different illnesses. A real "
                      "medicine is authorised for one condition at a time."),
        source="itrt-guide",
    ),
    # --- origin_unexplained ----------------------------------------------------------------
    PhraseRule(
        "fresh_cells",
        "origin_unexplained",
        en=(r"(?:fresh|never frozen|non frozen|unfrozen|live|living|young|youthful|super|"
            r"enhanced|activated|pure) (?:adult |mesenchymal |umbilical |cord |placental )?"
            r"(?:stem )?cells",
            r"(?:proprietary|secret|patented|exclusive|unique|own special) (?:\w+ )?"
            r"(?:formula|protocol|technique|method|cell (?:line|product|blend)|blend|process)",
            r"(?:billions?|millions?) of (?:fresh |live |living |young )?(?:stem )?cells",
            r"fresh,? (?:and )?(?:non frozen|never frozen|unfrozen)|(?:non|never) frozen"),
        es=(r"celulas (?:madre )?(?:frescas|vivas|jovenes|activadas|potenciadas|puras|"
            r"no congeladas|sin congelar|nunca congeladas)",
            r"(?:formula|protocolo|tecnica|metodo|proceso|linea celular) (?:\w+ )?(?:exclusiv[oa]|"
            r"secret[oa]|patentad[oa]|propi[oa]|unic[oa])",
            r"(?:millones|miles de millones) de celulas",
            r"(?:frescas,? )?(?:no congeladas|sin congelar|nunca congeladas)"),
        explanation=_("A selling point about the cells, not an account of them. Ask where the "
                      "cells come from and how they are processed, tested and stored."),
        source="itrt-guide",
        unless=(r"stud(?:y|ies)|trials?|ensayos?|estudios?",),
    ),
    # --- no_protocol_or_ethics -------------------------------------------------------------
    PhraseRule(
        "bypass_rules",
        "no_protocol_or_ethics",
        en=(r"(?:not (?:yet )?(?:approved|available|allowed|legal)|banned|restricted|illegal) "
            r"(?:\w+ ){0,2}(?:in|at) (?:the (?:us|usa|uk|united states)|the states|your (?:home )?"
            r"country|home|europe|the eu)",
            r"(?:no|without) (?:red tape|bureaucracy|waiting lists?|paperwork|regulations?|"
            r"restrictions)",
            r"(?:avoid|bypass|skip|get around) (?:the )?(?:fda|regulations?|red tape|"
            r"waiting lists?|restrictions)",
            r"experimental (?:stem cell )?(?:treatments?|therap\w+|protocols?) "
            r"(?:available|offered)"),
        es=(r"no (?:esta|estan) (?:aprobad[oa]s?|disponibles?|permitid[oa]s?) (?:\w+ ){0,2}en "
            r"(?:espana|europa|su pais|tu pais|estados unidos|ee ?uu)",
            r"(?:sin|no hay) (?:listas? de espera|burocracia|tramites|papeleos?|restricciones)",
            r"(?:tratamientos?|terapias?|protocolos?) experimental\w* (?:disponibles?|ofrecid\w+)",
            r"(?:prohibid[oa]s?|restringid[oa]s?) en (?:espana|europa|su pais|tu pais|"
            r"estados unidos)"),
        explanation=_("The text offers the treatment outside the usual rules. Experimental "
                      "treatments need a written protocol approved by an ethics committee."),
        source="ema-cat-2020",
        unless=(r"unless|salvo|excepto|(?:clinical )?trials? (?:authorised|approved)",),
    ),
    # --- no_medical_evaluation -------------------------------------------------------------
    PhraseRule(
        "no_evaluation",
        "no_medical_evaluation",
        en=(r"(?:no|without|don't need|do not need|no need for) (?:any )?(?:a )?(?:medical "
            r")?(?:records?|referrals?|prescriptions?|tests?|examinations?|exams?|diagnos\w+|"
            r"doctor'?s? (?:notes?|letters?)|scans?|mri|consultations?) (?:needed|required|"
            r"necessary)?",
            r"suitable for (?:everyone|all ages|all patients)",
            r"(?:everyone|anyone|all patients|every patient|any patient) (?:is|are|can be) "
            r"(?:a )?(?:good )?(?:candidates?|eligible|accepted|approved)",
            r"(?:instant|immediate|same day|guaranteed|fast|quick|24 hour) (?:approval|"
            r"acceptance|eligibility)",
            r"(?:approved|accepted|eligible) (?:within|in) (?:\d+|24|48|one|two) (?:hours?|days?)",
            r"(?:regardless of|whatever) (?:your )?(?:age|condition|diagnosis|stage)",
            r"(?:send|whatsapp|text) us (?:a |your )?(?:photo|picture|description)",
            r"no need to (?:send|bring|provide|show|have|get|do) (?:\w+ ){0,2}(?:mri|records?|"
            r"tests?|scans?|reports?|referrals?|x rays?|results|documents|examinations?)",
            r"(?:is|are|you're|youre) (?:a |an )?(?:good|great|perfect|ideal|excellent) "
            r"candidates?"),
        es=(r"(?:sin|no (?:necesita|necesitas|hace falta|se requiere\w*|requiere\w*)) "
            r"(?:necesidad de )?(?:ningun[oa]? )?(?:informes?|historial\w*|recetas?|derivacion\w*|"
            r"pruebas?|analisis|examen\w*|diagnostico\w*|resonancias?|consultas? previas?)",
            r"(?:todos los pacientes|todo paciente|cualquier paciente|cualquier persona|todos) "
            r"(?:son|es|pueden ser) (?:buen[oa]s? )?(?:candidat[oa]s?|aptos?|aceptad[oa]s?)",
            r"(?:aprobacion|aceptacion|admision) (?:inmediata|instantanea|garantizada|rapida|en "
            r"24 horas)",
            r"apt[oa] para (?:todos|todas las edades|cualquier persona)",
            r"(?:sea cual sea|sin importar) (?:su |tu |la )?(?:edad|diagnostico|estado|"
            r"enfermedad|fase)",
            r"(?:envienos|envianos|mandenos|mandanos) (?:una |su |tu )?(?:foto|imagen|"
            r"descripcion)",
            r"no (?:hace falta|es necesario|necesita) que (?:nos |me )?(?:mande|envie|traiga|"
            r"presente|haga|manden|envien)\w* (?:\w+ ){0,2}(?:informes?|pruebas|resonancias?|"
            r"historial\w*|analisis|radiografias?|documentos?)",
            r"(?:es|eres) (?:usted )?(?:un |una )?(?:buen[oa]|perfect[oa]|excelente) candidat[oa]|"
            r"(?:es|eres) candidat[oa] (?:ideal|perfect[oa])|ya es candidat[oa]|"
            r"(?:revis\w+ su caso y|confirm\w+ que) es (?:usted )?candidat[oa]"),
        explanation=_("You could be accepted without an examination or a look at your records. "
                      "A responsible clinic confirms the diagnosis first."),
        source="bookimed-safety",
        unless=(r"stud(?:y|ies)|trials?|ensayos?|estudios?",),
    ),
    # --- pressure_to_decide ----------------------------------------------------------------
    PhraseRule(
        "hurry",
        "pressure_to_decide",
        en=(r"(?:book|call|act|decide|sign up|reserve|buy|pay|order|apply|enrol+) "
            r"(?:\w+ ){0,2}(?:now|today|"
            r"immediately|right away|before it'?s too late|while)",
            r"(?:only|just|last) (?:\d+|a few|two|three|four|five) (?:places|spots|slots|seats|"
            r"openings|vacancies|places? left|spots? left)",
            r"limited (?:places|spots|slots|availability|spaces|number of (?:places|patients|"
            r"spots))|(?:places|spots|slots|spaces|availability) (?:are |is )?(?:very )?limited",
            r"(?:for|to) the first \d+ (?:patients|clients|people|bookings)",
            r"(?:don'?t|do not) (?:wait(?: any longer| anymore|!| to (?:book|call|start|reserve|"
            r"get))|miss (?:out|this|our|the (?:chance|opportunity|offer)))",
            r"(?:get|with|enjoy|save) (?:a |an |our )?(?:\w+ )?(?:\$|€|£|\d+ ?%|\d+) ?"
            r"(?:\d+ )?(?:discount|off|savings?)",
            r"discount(?:ed)? (?:price|rate|offer|package|if|for|when|of)",
            r"(?:before|while) (?:places|spots|slots|stocks?|supplies) (?:run out|last|are gone|"
            r"fill up)",
            r"prices? (?:will )?(?:increase|increases|go up|goes up|rise|rises) (?:on|from|after|"
            r"in|next|soon)",
            r"spots? (?:are )?filling (?:up )?fast|(?:high|huge) demand|waiting list is (?:growing|"
            r"long)|time is running out"),
        es=(r"(?:reserv|llam|decid|actu|pag|compr|inscrib|apunt|escrib)\w* (?:\w+ )?(?:ya|hoy|"
            r"ahora|"
            r"hoy mismo|cuanto antes|de inmediato|inmediatamente)",
            r"(?:solo|ultim[oa]s|quedan) (?:quedan )?(?:\d+|pocas|pocos|dos|tres|cuatro|cinco) "
            r"(?:plazas|cupos|lugares|citas|huecos)",
            r"(?:plazas?|cupos?|lugares?|citas?) (?:limitad[oa]s?|disponibles? limitad\w+)|"
            r"ultim[oa]s (?:plazas|cupos|lugares|citas|huecos)",
            r"(?:para|a) los primeros \d+ (?:pacientes|clientes|personas|reservas)|"
            r"le respetamos el precio",
            r"no (?:espere mas|esperes mas|lo piense|lo pienses|deje pasar|dejes pasar|se (?:lo )?"
            r"pierda|te (?:lo )?pierdas)",
            r"(?:descuento|rebaja) (?:de|del) (?:\d+ ?%|\$ ?\d+|\d+ ?(?:€|\$|euros|dolares))",
            r"(?:con|obtenga|obten|aprovech\w+|consig\w+|disfrut\w+) (?:un |el |nuestro )?"
            r"(?:\d+ ?% )?(?:de )?(?:descuento|rebaja)",
            r"precio (?:especial|promocional|rebajado|con descuento)",
            r"(?:alta|gran) demanda|se agotan|antes de que se agoten",
            r"(?:los )?precios? (?:suben|subiran|aumentan|aumentaran) (?:el|a partir|en|pronto)"),
        explanation=_("The text pushes you to decide or pay quickly. A medical decision deserves "
                      "time and a second opinion."),
        source="bookimed-safety",
    ),
    # --- limited_time_offer (pending catalogue id) -----------------------------------------
    PhraseRule(
        "limited_time",
        "limited_time_offer",
        en=(r"limited time(?: only)?|(?:offer|deal|promotion|promo|discount|price|sale) "
            r"(?:\w+ )?(?:ends|expires?|valid (?:until|till|through)|only valid|runs until)",
            r"(?:special|exclusive|seasonal|holiday|summer|winter|spring|black friday|cyber "
            r"monday|christmas|new year'?s?|flash|early bird|launch) (?:offer|deal|promotion|promo|"
            r"sale|discount|price|pricing)",
            r"(?:this|next) (?:week|month|weekend) only|(?:only|valid) (?:until|till) "
            r"(?:\w+ )?(?:\d{1,2}|the end of|monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|january|february|march|april|may|june|july|august|september|october|"
            r"november|december)",
            r"(?:last|final) (?:chance|days?|hours?)|expires? (?:soon|today|tonight)|"
            r"(?:today|tonight) only|for a limited period",
            r"(?:until|till|before) the end of the (?:month|week)|ends this (?:month|week)|"
            r"2 ?(?:x|for) ?1|two for one|buy one,? get one|(?:our|this) promotion|promo code",
            r"(?:book|reserve|sign up|pay|booking|reserving)(?:ing)? (?:\w+ ){0,2}(?:before|by) "
            r"(?:the )?(?:end|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"january|february|march|april|may|june|july|august|september|october|november|"
            r"december)"),
        es=(r"(?:por|durante) (?:un )?tiempo limitado|oferta (?:\w+ )?(?:limitada|especial|"
            r"exclusiva|de (?:lanzamiento|temporada|verano|navidad|black friday))",
            r"(?:oferta|promocion|promo|descuento|precio) (?:\w+ )?"
            r"(?:valid[oa]|vigente|disponible) "
            r"(?:\w+ )?hasta|(?:oferta|promocion|promo|descuento) (?:termina|acaba|finaliza|vence)",
            r"(?:solo|unicamente|valido) (?:este|esta) (?:mes|semana|fin de semana)|"
            r"(?:ultima|ultimos?) (?:oportunidad|dias|horas)|solo (?:por )?hoy|hasta agotar",
            r"(?:promocion|promo) (?:especial|exclusiva|limitada|de (?:verano|navidad|lanzamiento|"
            r"temporada|black friday))",
            r"(?:nuestra|esta) promocion|codigo promocional|2 ?x ?1|dos por uno|"
            r"hasta (?:el )?(?:fin|final) de(?:l)? (?:mes|semana)",
            r"(?:reservando|si reserva\w*|reserve|reserva|reservas|pagando|si paga\w*) "
            r"(?:\w+ ){0,2}antes de(?:l)? (?:\d|el|fin|final|lunes|martes|miercoles|jueves|"
            r"viernes|sabado|"
            r"domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
            r"noviembre|diciembre)"),
        explanation=_("A deal with a deadline. Time-limited offers are sales tactics; a medical "
                      "decision should not be rushed by a price."),
        source="bookimed-safety",
    ),
    # --- upfront_payment (pending catalogue id) --------------------------------------------
    PhraseRule(
        "upfront",
        "upfront_payment",
        en=(r"(?<!fat\s)deposits?(?! of (?:fat|amyloid|calcium|plaque|protein))",
            r"(?:pay\w*|paid|payments?) (?:[\w%:]+ ){0,3}(?:in advance|upfront|up front|beforehand|"
            r"before (?:your |the )?(?:arrival|treatment|travel|procedure))",
            r"(?:advance|upfront|up front|prepaid|pre-?payment|full) payments?(?: required)?",
            r"non ?refundable|(?:booking|reservation|registration) (?:fee|payment)|"
            r"down ?payment",
            rf"(?:reserve|secure|book|hold|confirm) (?:\w+ ){{0,3}}(?:with|for (?:only|just)) "
            rf"(?:a |an |only |just )?{_MONEY_OR_PERCENT}",
            r"(?:wire|bank) transfer (?:before|in advance|to confirm|to reserve)",
            r"\d{1,3} ?% (?:in advance|upfront|up front|beforehand|prepayment|deposit|now)"),
        es=(r"(?:pago|pagos|abono|pagar|abonar|pague) (?:[\w%:]+ ){0,3}(?:por adelantado|"
            r"anticipad\w*|por anticipado|antes de (?:su |tu |la )?(?:llegada|viaje|"
            r"tratamiento|procedimiento))",
            r"(?:anticipo|prepago|deposito|senal de reserva|fianza)"
            r"(?! de (?:grasa|amiloide|calcio))",
            rf"(?:una|la|con una|de) senal (?:de )?{_MONEY_OR_PERCENT}",
            r"no reembolsable|(?:cuota|tasa|pago) de (?:reserva|inscripcion)|enganche",
            rf"apart\w+ (?:\w+ ){{0,3}}con (?:un |una |solo )?{_MONEY_OR_PERCENT}",
            rf"(?:reserve|reserva|reservar|asegure|asegura|bloquee|confirme) (?:\w+ ){{0,3}}"
            rf"(?:con|por (?:solo|tan solo)?) (?:un |una |solo |tan solo )?{_MONEY_OR_PERCENT}",
            r"transferencia (?:previa|bancaria (?:previa|antes|para reservar|para confirmar))",
            r"\d{1,3} ?% (?:por adelantado|por anticipado|de anticipo|de senal|de deposito)"),
        explanation=_("Money is asked for before you have been examined or treated. Be careful "
                      "with payments in advance, especially non-refundable ones."),
        source="fda-consumer-2021",
        unless=(_REIMBURSED,),
    ),
    # --- unjustified_cost ------------------------------------------------------------------
    PhraseRule(
        "package_price",
        "unjustified_cost",
        en=(r"package (?:price|deal|cost|rate)|(?:price|cost) (?:of the |per )?package|"
            r"(?:treatment|therapy|stem cell|full|complete|basic|premium|vip|gold|platinum) "
            r"packages?",
            r"(?:total|final|special|fixed|flat|full|complete|all in|one) (?:price|cost|fee|rate)"
            rf"(?: of| is| only| from|:)? ?{_MONEY}",
            rf"(?:price|cost|fee|investment)s?(?: is| of| from| starting at| starts at| only)?:? "
            rf"(?:\w+ ){{0,2}}{_MONEY}",
            rf"(?:from|only|just|starting at|for) {_MONEY}"),
        es=(r"(?:precio|coste|costo) (?:del |de |por )?paquete|paquetes? (?:de tratamiento|"
            r"basico|premium|vip|completo|oro|platino)",
            rf"(?:precio|coste|costo|tarifa|inversion|importe)(?: total| final| especial| unico| "
            rf"cerrado| fijo)?(?: es| de| desde| solo|:)? (?:\w+ ){{0,2}}{_MONEY}",
            rf"(?:desde|solo|por solo|por tan solo|a partir de) {_MONEY}"),
        explanation=_("A price or package is quoted. Ask for a written breakdown of what it "
                      "pays for: tests, cells, procedure and follow-up."),
        source="itrt-guide",
        unless=(_REIMBURSED,),
    ),
    PhraseRule(
        "price_amount",
        "unjustified_cost",
        en=(_MONEY,),
        es=(_MONEY,),
        explanation=_("A sum of money is quoted. Ask what exactly it pays for, in writing, "
                      "before you pay anything."),
        source="itrt-guide",
        unless=(_REIMBURSED, r"deposits?|discount\w*|save|off|anticipo|deposito|senal|fianza|"
                             r"descuento|ahorr\w+"),
    ),
    # --- travel_package (pending catalogue id) ---------------------------------------------
    PhraseRule(
        "travel",
        "travel_package",
        en=(r"all ?inclusive|(?:flights?|airfare|hotel|accommodation|lodging|stay|apartments?|"
            r"transfers?|transportation|meals|driver|translator|interpreter)(?:,? (?:and |& )?"
            r"(?:flights?|airfare|hotel|accommodation|lodging|stay|apartments?|transfers?|"
            r"transportation|meals|driver|translator|interpreter))* (?:are |is )?(?:included|"
            r"provided|covered)",
            r"(?:airport|vip|private) (?:pick ?up|transfers?|shuttle|chauffeur|limo\w*)",
            r"(?:medical|health|wellness) (?:tourism|travel|vacation|holiday) (?:package|trip|"
            r"deal|program\w*)",
            r"(?:\d+|two|three|four|five|six|seven) (?:days?|nights?) (?:stay|of stay|"
            r"accommodation) (?:in|at) (?:the |a |our )?(?:\w+ )?(?:hotel|resort|apartment|villa)",
            r"includes?:? (?:\w+ ){0,4}(?:flights?|hotel|accommodation|airport|transfers?)",
            r"(?:beach|resort|vacation|sightseeing)s? (?:while|during|and)"),
        es=(r"todo incluido|(?:vuelos?|hotel|alojamiento|hospedaje|estancia|traslados?|"
            r"transporte|comidas|chofer|interprete|traductor)(?:,? (?:y |e )?(?:vuelos?|hotel|"
            r"alojamiento|hospedaje|estancia|traslados?|transporte|comidas|chofer|interprete|"
            r"traductor))* (?:esta |estan )?incluid[oa]s?",
            r"(?:incluye|incluido|incluimos):? (?:\w+ ){0,4}(?:vuelos?|hotel|alojamiento|"
            r"hospedaje|traslados?|aeropuerto)",
            r"(?:recogida|traslados?|transporte) (?:\w+ )?(?:en el|al|del|desde el) aeropuerto|"
            r"traslado vip",
            r"(?:turismo|viaje|paquete) (?:medico|de salud|de bienestar|turistico)|"
            r"paquete de viaje",
            r"(?:\d+|dos|tres|cuatro|cinco|seis|siete) (?:dias|noches) (?:de )?(?:estancia|"
            r"alojamiento|hospedaje) (?:en )?(?:el |un |nuestro )?(?:hotel|resort|apartamento)"),
        explanation=_("Travel and a stay are sold with the treatment. A holiday package is a "
                      "sales offer, not a sign of medical quality."),
        source="bookimed-safety",
        unless=(_REIMBURSED, _TRIAL),
    ),
    # --- testimonials (pending catalogue id) -----------------------------------------------
    PhraseRule(
        "testimonial",
        "testimonials",
        en=(r"testimonials?|success stor(?:y|ies)|patient stor(?:y|ies)|(?:real )?patient "
            r"reviews|(?:read|see|watch|hear) (?:\w+ ){0,2}(?:stor(?:y|ies)|reviews|what (?:our "
            r"|other )?patients (?:say|have to say))",
            r"(?:helped|treated|transformed) (?:the lives of )?(?:over |more than )?(?:thousands|"
            r"hundreds|\d[\d,.]*\+?) (?:of )?(?:patients|people|families|lives)|as seen on tv",
            r"(?:thousands|hundreds|\d[\d,.]*\+?) (?:of )?(?:\w+ )?(?:satisfied|happy|successful|"
            r"treated) (?:patients|clients|customers)",
            r"(?:before and after|before & after) (?:photos|pictures|videos|results)?",
            r"(?:5|five) star (?:reviews?|ratings?|rated|patients?|experiences?)|"
            r"rated \d(?:\.\d)? ?(?:out of|/) ?5|\d\.\d (?:stars?|out of 5)|(?:⭐|★){3,}",
            r"trusted by (?:\w+ ){0,3}(?:patients|celebrities|athletes|stars|champions)|"
            r"celebrit(?:y|ies)|famous (?:patients|athletes|clients)",
            r"(?:our|my) patients? (?:say|said|tell|told)|in (?:his|her|their) own words"),
        es=(r"testimonios?|casos de exito|historias? (?:de exito|de (?:nuestros )?pacientes|"
            r"reales)|opiniones (?:de (?:nuestros )?pacientes|reales)|resenas",
            r"(?:miles|cientos|\d[\d,.]*\+?) de pacientes (?:satisfechos|felices|tratados|"
            r"atendidos)",
            r"pacientes (?:satisfechos|felices|agradecidos)",
            r"antes y despues|5 estrellas|cinco estrellas|(?:⭐|★){3,}",
            r"(?:famosos|celebridades|deportistas de elite) (?:\w+ )?(?:confian|han confiado|"
            r"eligen|han elegido)",
            r"(?:nuestros|mis) pacientes (?:dicen|cuentan|opinan)|en sus propias palabras"),
        explanation=_("Patients' stories are used as proof. Personal stories are not evidence "
                      "that a treatment works or is safe."),
        source="fda-consumer-2021",
    ),
    # --- pay_for_trial ---------------------------------------------------------------------
    PhraseRule(
        "paid_trial",
        "pay_for_trial",
        en=(r"(?:pay|paying|paid) (?:\w+ ){0,2}(?:to (?:join|enter|enrol+|participate|take part|"
            r"be (?:in|part of))|for (?:participation|enrol+ment|(?:the |a |our )?(?:clinical )?"
            r"(?:trial|study)))",
            r"(?:patient|self) ?funded (?:clinical )?(?:trials?|stud(?:y|ies)|research|"
            r"protocols?)",
            r"(?:participation|enrol+ment|study|trial|research) (?:fee|cost|price|contribution)s?",
            r"(?:trial|study|research protocol) (?:\w+ ){0,4}(?:costs (?:\w+ )?\d|is priced|fee is|"
            r"price is)",
            rf"(?:clinical )?(?:trial|study|research protocol)\w* {_GAP6}{_MONEY}",
            r"(?:costs?|fees?|price) (?:\w+ ){0,3}(?:to (?:join|enter|participate|take part))"),
        es=(r"(?:pag\w+|abon\w+) (?:\w+ ){0,2}(?:por|para) (?:participar|entrar|formar parte|"
            r"inscribirse|el ensayo|el estudio|la participacion)",
            r"(?:cuota|tasa|coste|costo|precio|aportacion) (?:de |por )?(?:la )?(?:participacion|"
            r"inscripcion|del ensayo|del estudio)",
            r"(?:ensayo|estudio) (?:clinico )?(?:\w+ ){0,2}(?:financiado|pagado|costeado) por "
            r"(?:el )?(?:paciente|participante)",
            rf"(?:ensayo|estudio|protocolo de investigacion)\w* {_GAP6}{_MONEY}",
            r"(?:ensayo|estudio) (?:\w+ ){0,6}(?:cuesta|tiene un (?:coste|costo|precio))"),
        explanation=_("You are asked to pay to take part in a study. A genuine clinical trial "
                      "does not charge its participants for the treatment it tests."),
        source="turner-2017",
        unless=(r"reimburs\w*|reembols\w*|free of charge|at no cost|gratuit\w*|sin coste|"
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
            r"(?:out|home|back) (?:\w+ ){0,2}(?:in|within) (?:just |only |about )?(?:[1-6]|a few|"
            r"one|two|three|four) hours?",
            r"(?:whole|entire|full) (?:treatment|procedure|process) (?:takes|lasts) (?:only |just |"
            r"about )?(?:[1-6]|a few|one|two|three|four) hours?",
            r"(?:in|within) (?:just |only )?(?:one|a single|a) (?:morning|afternoon)",
        ),
        es=(r"(?:el|en el) mismo dia|(?:una )?(?:sola|unica) (?:visita|sesion|cita|jornada)|"
            r"(?:sale|vuelve|regresa|alta) (?:\w+ ){0,3}en (?:solo |tan solo |apenas )?(?:unas "
            r"(?:pocas )?|pocas |[1-6] |dos |tres )horas",
            r"(?:todo el|el) (?:tratamiento|procedimiento|proceso) (?:dura|lleva) (?:solo |unas |"
            r"apenas )?(?:[1-6]|dos|tres|cuatro|pocas) horas",
            r"en (?:solo |tan solo )?(?:una )?(?:sola )?(?:manana|tarde)"),
        explanation=_("Cells taken and given back in one visit cannot have been grown in a "
                      "laboratory. On the days question, answer \"the same day\"."),
        source="itrt-guide",
        requires=(r"cells?|celul\w*|inject\w*|inyect\w*|extract\w*|extra[ie]\w*|harvest\w*|"
                  r"aspira\w*|liposuc\w*|bone marrow|medula|fat|grasa|procedures?|"
                  r"procedimientos?|treatments?|tratamientos?|therap\w+|terapias?|implant\w*|"
                  r"home|casa|walk out",),
        unless=(_BLOOD_CANCER, r"follow\w*|seguimiento|results? (?:in|within)|resultados? en",
                r"apheres\w*|aferesis|donors?|donantes?|haematolog\w*|hematolog\w*"),
    ),
    PhraseRule(
        "point_of_care",
        "same_day_procedure",
        en=(r"point of care|bedside|in office|chair ?side|walk in,? walk out",
            r"centrifug\w+|spun down|processed on site|concentrated and (?:re)?injected|"
            r"bone marrow (?:aspirate )?concentrate|bmac|stromal vascular fraction|svf",
            r"(?:harvest\w*|extract\w*|collect\w*|taken|drawn|aspirat\w*) (?:\w+ ){0,8}(?:and|then)"
            r" (?:\w+ ){0,4}(?:re-?)?(?:inject\w*|implant\w*|given back|returned|administered)"
            r" (?:\w+ ){0,3}(?:right away|immediately|straight away|same|minutes|hours)"),
        es=(r"centrifug\w+|concentrad[oa]s? (?:y|e) (?:re)?inyectad\w+",
            r"(?:extra\w+|obtien\w+|recog\w+|aspira\w+) (?:\w+ ){0,8}(?:y|e) (?:\w+ ){0,4}"
            r"(?:re)?(?:inyect\w+|implant\w+|aplic\w+|administr\w+) (?:\w+ ){0,3}(?:de inmediato|"
            r"inmediatamente|en el acto|mismo|minutos|horas)",
            r"punto de atencion|en consulta|en el propio quirofano"),
        explanation=_("The cells are processed and given back during the same visit, so they "
                      "cannot have been grown in a laboratory. On the days question, answer "
                      "\"the same day\"."),
        source="ema-cat-2020",
        unless=(_BLOOD_CANCER,),
    ),
    # --- benign notes ----------------------------------------------------------------------
    PhraseRule(
        "authorised_product",
        "authorised_product",
        en=(r"holoclar|spherox|ryoncil|remestemcel\w*|eu/1/\d{2}/\d{3,4}(?:/\d{3})?",),
        es=(r"holoclar|spherox|ryoncil|remestemcel\w*|eu/1/\d{2}/\d{3,4}(?:/\d{3})?",),
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
        requires=(_TRIAL,),
    ),
)

#: Conditions by body system. ``MANY_CONDITIONS`` flags a text naming conditions from at
#: least ``min_groups`` different groups.
CONDITIONS: tuple[ConditionGroup, ...] = (
    ConditionGroup("neuro",
                   en=(r"autism|autistic|parkinson'?s?|als|amyotrophic|multiple sclerosis|"
                       r"alzheimer'?s?|dementia|cerebral palsy|stroke|spinal cord injur\w+|"
                       r"neuropath\w+|neurodegenerative|brain injur\w+|epilepsy|huntington'?s?|"
                       r"down syndrome|adhd|attention deficit",),
                   es=(r"autismo|autista|parkinson|ela|esclerosis (?:lateral|multiple)|alzheimer|"
                       r"demencia|paralisis cerebral|ictus|accidente cerebrovascular|"
                       r"lesion(?:es)? medular\w*|neuropatia\w*|neurodegenerativ\w+|epilepsia|"
                       r"sindrome de down|tdah",)),
    ConditionGroup("metabolic",
                   en=(r"diabet\w+|obesity|metabolic|kidney (?:disease|failure)|renal failure",),
                   es=(r"diabet\w+|obesidad|metabolic\w+|insuficiencia renal|enfermedad renal",)),
    ConditionGroup("orthopaedic",
                   en=(r"(?:osteo)?arthritis|orthop(?:a)?edic\w*|joint pain|knee|hip|shoulder|"
                       r"back pain|sports injur\w+|tendon\w*|ligament\w*|cartilage|muscular "
                       r"injur\w+|osteoarthritis",),
                   es=(r"artrosis|artritis|ortopedi\w+|dolor articular|rodillas?|cadera|hombros?|"
                       r"dolor de espalda|lesiones deportivas|tendon\w*|ligamentos?|cartilago",)),
    ConditionGroup("ageing",
                   en=(r"anti ?ag(?:e)?ing|rejuvenation|longevity|wellness|hair (?:loss|growth)|"
                       r"alopecia|erectile dysfunction|skin|wrinkles|facial|cosmetic|aesthetic|"
                       r"sexual",),
                   es=(r"anti ?envejecimiento|rejuvenecimiento|longevidad|"
                       r"caida del (?:pelo|cabello)|"
                       r"alopecia|disfuncion erectil|arrugas|estetic\w+|facial|piel",)),
    ConditionGroup("immune",
                   en=(r"lupus|autoimmun\w+|crohn'?s?|colitis|rheumatoid|psoriasis|hiv|aids|"
                       r"immunology|immune system",),
                   es=(r"lupus|autoinmun\w+|crohn|colitis|psoriasis|vih|sida|sistema inmune|"
                       r"inmunologi\w+",)),
    ConditionGroup("heart_lung",
                   en=(r"heart (?:disease|failure|attack)|cardiac|cardiovascular|copd|emphysema|"
                       r"lung (?:disease|fibrosis)|pulmonary fibrosis|asthma",),
                   es=(r"(?:enfermedad|insuficiencia) (?:cardiaca|cardiovascular)|infarto|"
                       r"cardiopat\w+|"
                       r"epoc|enfisema|fibrosis pulmonar|asma",)),
    ConditionGroup("eye",
                   en=(r"macular degeneration|glaucoma|retinitis|blindness|vision loss|optic "
                       r"nerve",),
                   es=(r"degeneracion macular|glaucoma|retinitis|ceguera|perdida de vision",)),
    ConditionGroup("systemic",
                   en=(r"long covid|fibromyalgia|lyme disease|chronic fatigue|infertility|"
                       r"menopause|chronic inflammation",),
                   es=(r"covid persistente|fibromialgia|enfermedad de lyme|fatiga cronica|"
                       r"infertilidad|menopausia|inflamacion cronica",)),
    ConditionGroup("liver",
                   en=(r"cirrhosis|liver (?:disease|failure)",),
                   es=(r"cirrosis|enfermedad hepatica|insuficiencia hepatica",)),
)

MANY_CONDITIONS = ListRule(
    "many_conditions_list",
    "many_conditions",
    min_groups=2,
    min_conditions=3,
    explanation=_("This is one of several unrelated illnesses the same treatment is offered "
                  "for. A real medicine is authorised for one condition at a time."),
    source="itrt-guide",
    unless=(r"tell your (?:doctor|nurse)|if you (?:have|suffer|had)|contraindicat\w*|"
            r"not suitable|risk factors?|not (?:approved|authori[sz]ed) for|"
            r"(?:informe|avise|consulte) a su medico|si (?:usted )?(?:tiene|padece|sufre|ha "
            r"tenido)|contraindicad\w*|contraindicacion\w*|factores? de riesgo|no (?:esta|estan|"
            r"es|son) (?:aprobad|autorizad|indicad|adecuad)\w*",),
)


def expand(pattern: str) -> str:
    """A table pattern's spaces as regex: " " is a run of spaces, line breaks or hyphens;
    " ?" is an optional one."""
    return pattern.replace(" ?", r"[\s\-]*").replace(" ", r"[\s\-]+")


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A table pattern as a regex over folded text, wrapped in word boundaries."""
    return re.compile(rf"(?<![\w])(?:{expand(pattern)})(?![\w])")


def _check_phrases() -> None:
    seen: set[str] = set()
    entries = [*PHRASES, MANY_CONDITIONS]
    for rule in entries:
        where = f"phrase rule {rule.id!r}"
        if rule.id in seen:
            raise ValueError(f"{where}: duplicate rule id")
        seen.add(rule.id)
        if rule.sign not in SCAN_SIGNS:
            raise ValueError(f"{where}: unknown sign id {rule.sign!r}")
        check_source(rule.source, where)
        if not rule.explanation:
            raise ValueError(f"{where}: no explanation")
    patterned = [(f"phrase rule {r.id!r}", r.en, r.es, (*r.requires, *r.unless)) for r in PHRASES]
    patterned += [(f"condition group {g.id!r}", g.en, g.es, ()) for g in CONDITIONS]
    for where, en, es, context in patterned:
        if not en or not es:
            raise ValueError(f"{where}: needs patterns in English and Spanish")
        for pattern in (*en, *es, *context):
            try:
                compiled, bare = compile_pattern(pattern), re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{where}: pattern {pattern!r} does not compile ({exc})") from None
            if compiled.fullmatch("") or bare.fullmatch(""):
                raise ValueError(f"{where}: pattern {pattern!r} matches the empty string")
    if len({g.id for g in CONDITIONS}) != len(CONDITIONS):
        raise ValueError("condition groups: duplicate id")
    if not 2 <= MANY_CONDITIONS.min_groups <= len(CONDITIONS):
        raise ValueError("many_conditions_list: min_groups out of range")
    for pattern in MANY_CONDITIONS.unless:
        try:
            compile_pattern(pattern)
        except re.error as exc:
            raise ValueError(f"many_conditions_list: pattern {pattern!r} does not compile "
                             f"({exc})") from None


_check_phrases()

# ruff: noqa: E501 -- the table's patterns, with every repeat bounded ({0,20} for *), read best unbroken.
"""Phrase rules on what the treatment is said to do: claims of evidence, promised results,
no risks, one treatment for many diseases, selling points about the cells. In the table's
order (``rules.phrases.PHRASES`` is claims, then offers, then trials)."""

from ..i18n import _
from .model import AUTHORISED, BLOOD_CANCER, GAP, PhraseRule

CLAIMS: tuple[PhraseRule, ...] = (
    # --- no_evidence -----------------------------------------------------------------------
    PhraseRule(
        "proven",
        "no_evidence",
        en=(r"(?:clinically|scientifically|medically|100%) (?:proven|tested and proven)",
            r"proven (?:results?|treatments?|therap\w{1,24}|methods?|technolog\w{1,24}|protocols?|"
            r"effective\w{0,20}|safe\w{0,20}|benefits?|track record|to (?:work|heal|repair|regenerate|"
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
            r"(?:ha|han) demostrado (?:ser (?:muy )?(?:segur|eficaz|efectiv|beneficios)\w{0,20}|su "
            r"(?:eficacia|efectividad|seguridad))",
            r"(?:la ciencia|los estudios|la investigacion|los ensayos) (?:demuestra|demuestran|"
            r"confirma|confirman|prueba|prueban)(?: que)? (?:las )?(?:celulas|terapia|"
            r"tratamiento)"),
        explanation=_("A claim that the treatment is proven. Ask for the published trials in "
                      "people that prove it for your condition."),
        source="itrt-guide",
        unless=(AUTHORISED,),
    ),
    PhraseRule(
        "breakthrough",
        "no_evidence",
        en=(r"(?:revolutionary|breakthrough|groundbreaking|ground-breaking|cutting edge|"
            r"state of the art|next generation) (?:stem )?(?:cells?|therap\w{1,24}|treatments?|"
            r"technolog\w{1,24}|medicine|procedures?|protocols?|regenerative)",
            r"medical breakthrough"),
        es=(r"(?:celulas|terapias?|tratamientos?|tecnicas?|tecnologias?|medicina|"
            r"procedimientos?|protocolos?) (?:madre )?(?:revolucionari[oa]s?|pioner[oa]s?|"
            r"de vanguardia|de ultima generacion|de nueva generacion)",
            r"(?:revolucionari[oa]s?|pioner[oa]s?) (?:terapias?|tratamientos?|tecnicas?)",
            r"avance (?:medico|revolucionario)"),
        explanation=_("Words like \"revolutionary\" or \"breakthrough\" describe hope, not "
                      "evidence. A real treatment can point to published results."),
        source="ema-cat-2020",
        unless=(r"potential\w{0,20}|potencial\w{0,20}|investigacion|research",),
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
        en=(rf"guarantee[ds]? {GAP}(?:results?|success|improvement|outcomes?|cure|recovery|"
            r"effective\w{0,20}|relief|regeneration|healing|benefits?)",
            rf"(?:results?|success|improvement|outcomes?|recovery|relief|effect) {GAP}guaranteed",
            r"guaranteed|(?:money back|satisfaction|lifetime|results?|100 ?%) guarantee\w{0,20}"),
        es=(rf"garantiza\w{{0,20}} {GAP}(?:resultados?|exito|mejori?as?|cura\w{{0,20}}|recuperacion|"
            r"efectividad|eficacia|alivio|regeneracion|beneficios?)",
            rf"(?:resultados?|exito|mejori?as?|cura\w{{0,20}}|recuperacion|efectividad|eficacia|alivio) "
            rf"{GAP}garantizad[oa]s?",
            r"garantia (?:de|del) (?:\d{1,6} ?% (?:de )?)?(?:exito|resultados?|mejori?a|satisfaccion|"
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
            r"more than |\d{1,6} )?(?:\w{1,24} )?(?:diseases?|conditions?|illness\w{0,20}|disorders?|pain|"
            r"diabetes|autism|parkinson'?s?|als|ms|arthritis|alzheimer'?s?|cancer|injur\w{1,24})",
            r"(?:a|the|permanent|definitive|complete|real|total|natural) cure",
            r"cure all|cure-all|cures? (?:it|them) for good|be cured|get cured|were cured|"
            r"was cured|permanently cur\w{1,24}|curing"),
        es=(r"(?:la|una|su) (?:cura|curacion)(?: definitiva| total| completa| real)?",
            r"(?:curar|curamos|curan|curo|curara|curaran|cura|curativ[oa]s?|curad[oa]s?) "
            r"(?:\w{1,24} ){0,2}(?:enfermedad\w{0,20}|diabetes|autismo|parkinson|ela|esclerosis|artrosis|"
            r"artritis|alzheimer|lesion\w{0,20}|dolor\w{0,20}|padecimientos?|cancer|para siempre|"
            r"definitivamente|la|el|los|las|su|sus)",
            r"curacion (?:definitiva|total|completa|permanente)|curarse|se curo|se curaron"),
        explanation=_("A cure is promised. No stem cell product is proven to cure most of the "
                      "diseases clinics advertise."),
        source="fda-consumer-2021",
        unless=(BLOOD_CANCER, r"there is no|no existe|no hay", r"hope\w{0,20}|esperanza"),
    ),
    PhraseRule(
        "success_rate",
        "guaranteed_results",
        en=(r"\d{2,3} ?% (?:success|effective\w{0,20}|improvement|of (?:our |the |treated )?"
            r"(?:patients|cases|children|people|clients|adults|men|women) (?:\w{1,24} )?(?:improve\w{0,20}|"
            r"see|saw|report\w{0,20}|recover\w{0,20}|experienc\w{0,20}|show\w{0,20}|notic\w{0,20}|had|get|got|"
            r"benefit\w{0,20}|respond\w{0,20}))",
            r"(?:permanent(?:ly)?|definitive|lasting|long lasting|lifelong) (?:solution|fix|cure|"
            r"results?|repair)|once and for all|for good|pain free for life",
            r"(?:full|complete|total) (?:regeneration|recovery|repair|healing|restoration)|"
            r"(?:see|notice|feel) (?:the |real |visible )?results (?:in|within|after)",
            rf"success rates? {GAP}\d{{2,3}} ?%",
            r"miracle|miraculous|reverses? (?:aging|ageing|the (?:disease|damage)|autism|"
            r"diabetes|parkinson'?s)|regrows? (?:cartilage|hair|nerves?)|turns? back the clock",
            r"(?:walk|see|talk|speak|hear|breathe|run)(?:s|ing|ed)? again",
            r"(?:repairs?|regenerates?|rebuilds?) (?:\w{1,24} )?(?:lungs?|heart|nerves?|brain|liver|"
            r"pancreas|organs?|spinal cord)"),
        es=(r"\d{2,3} ?% (?:de )?(?:exito|efectividad|eficacia|mejoria|de (?:los |nuestros |las )?"
            r"(?:pacientes|casos|ninos|personas|clientes|adultos) (?:\w{1,24} )?(?:mejora\w{0,20}|"
            r"se recupera\w{0,20}|nota\w{0,20}|present\w{1,24}|experiment\w{1,24}|respond\w{1,24}|obtuv\w{1,24}|logr\w{1,24}))",
            r"(?:solucion|remedio|tratamiento|resultados?) (?:definitiv[oa]s?|permanentes?)|"
            r"para siempre|de una vez por todas|olvidese del dolor|olvidate del dolor",
            r"(?:regeneracion|recuperacion|curacion|reparacion) (?:total|completa)|"
            r"(?:vera|veras|notara|notaras) (?:los )?resultados (?:en|desde|tras)",
            rf"tasa de exito {GAP}\d{{2,3}} ?%",
            r"milagro\w{0,20}|revierte\w{0,20}|revertir|rejuvenec\w{1,24}|regenera\w{0,20} (?:el|la|los|las|sus|su|tu|"
            r"tus) (?:cartilago|rodillas?|articulacion\w{0,20}|organos?|cuerpo|neuronas?|pancreas|"
            r"pulmon|pulmones|higado|corazon|cerebro|nervios?)|"
            r"(?:volver|vuelv\w{1,24}|volvio|volvieron) a (?:caminar|ver|hablar|andar|respirar|oir|"
            r"correr)"),
        explanation=_("A success rate or a dramatic result is promised. Ask which published "
                      "study in people this figure comes from."),
        source="bookimed-safety",
        unless=(BLOOD_CANCER, AUTHORISED),
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
            r"safe\s{0,3}\?\s{0,3}(?:(?:well|so)\s{0,3},?\s{0,3})?(?:the answer is\s{0,3})?"
            r"(?:a (?:resounding|clear) )?yes"),
        es=(r"(?:sin|cero|ningun|ningunos?|ningunas?|libre de|libres de|exento de) (?:ningun )?"
            r"(?:riesgos?|efectos (?:secundarios|adversos|colaterales)|complicaciones|"
            r"reacciones adversas|rechazo)",
            r"no (?:tiene|tienen|presenta|presentan|causa|causan|produce|producen|hay) "
            r"(?:ningun |ninguna |ningunos |ningunas )?(?:riesgos?|efectos (?:secundarios|"
            r"adversos|colaterales)|complicaciones|rechazo)",
            r"(?:100 ?%|totalmente|completamente|absolutamente|perfectamente|muy|sumamente) "
            r"(?:segur[oa]s?|inocu[oa]s?)",
            r"(?:segur[oa]s?|inocu[oa]s?) (?:y|e) (?:eficaz\w{0,20}|efectiv[oa]s?|natural\w{0,20}|"
            r"indolor\w{0,20})",
            r"no (?:hay|existe) (?:ningun )?(?:riesgo|peligro)",
            r"(?:sin|no (?:tiene|hay|presenta)) (?:ninguna )?contraindicaciones",
            r"segur[oa]s?\s{0,3}\?\s{0,3}(?:la respuesta es\s{0,3})?si\b"),
        explanation=_("The text says there are no risks or side effects. Every treatment has "
                      "risks: infection, reactions, or simply no effect."),
        source="itrt-guide",
    ),
    # --- many_conditions (a wide claim in words; the list itself is CONDITIONS below) -------
    PhraseRule(
        "treats_everything",
        "many_conditions",
        en=(r"(?:treats?|treating|help\w{0,20}(?: with)?|for) (?:over |more than )?(?:\d{2,3}|dozens of|"
            r"hundreds of|many|all kinds of|a wide range of|a variety of|various|multiple) "
            r"(?:\w{1,24} )?(?:diseases|conditions|illnesses|disorders|pathologies)",
            r"cure all|one (?:treatment|therapy|injection) for (?:many|all|every)"),
        es=(r"(?:trata|tratamos|tratar|ayuda\w{0,20}|para|contra) (?:a |con )?(?:mas de )?(?:\d{2,3}|"
            r"decenas de|cientos de|muchas|multiples|diversas|todo tipo de|una gran variedad de|"
            r"todas las) (?:\w{1,24} )?(?:enfermedades|patologias|padecimientos|afecciones|"
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
            r"(?:proprietary|secret|patented|exclusive|unique|own special) (?:\w{1,24} )?"
            r"(?:formula|protocol|technique|method|cell (?:line|product|blend)|blend|process)",
            r"(?:billions?|millions?) of (?:fresh |live |living |young )?(?:stem )?cells",
            r"fresh,? (?:and )?(?:non frozen|never frozen|unfrozen)|(?:non|never) frozen"),
        es=(r"celulas (?:madre )?(?:frescas|vivas|jovenes|activadas|potenciadas|puras|"
            r"no congeladas|sin congelar|nunca congeladas)",
            r"(?:formula|protocolo|tecnica|metodo|proceso|linea celular) (?:\w{1,24} )?(?:exclusiv[oa]|"
            r"secret[oa]|patentad[oa]|propi[oa]|unic[oa])",
            r"(?:millones|miles de millones) de celulas",
            r"(?:frescas,? )?(?:no congeladas|sin congelar|nunca congeladas)"),
        explanation=_("A selling point about the cells, not an account of them. Ask where the "
                      "cells come from and how they are processed, tested and stored."),
        source="itrt-guide",
        unless=(r"stud(?:y|ies)|trials?|ensayos?|estudios?",),
    ),
)

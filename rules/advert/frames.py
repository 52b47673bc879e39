"""The kinds of claim behind the warning signs, as frames over word stems (notation in
``rules.advert.stemmed``): a claim of proof, of a cure or a repair, of safety, of a same-day
procedure, of needing no agency. They add to the phrase rules (``rules.phrases``), which
keep the set phrases of selling (prices, deposits, deadlines, travel); a frame covers every
word form of its words, in English and Spanish. Checked at import like the phrase table."""

from ..i18n import _
from .model import AUTHORISED, BLOOD_CANCER, NO_AGENCY, REIMBURSED, TRIAL, PhraseRule

_BODY_EN = ("cartilage|tissue|tissues|nerve|nerves|joint|joints|organ|organs|lung|lungs|"
            "heart|brain|liver|pancreas|pancreatic|kidney|spinal|tendon|tendons|ligament|"
            "damage|damaged|worn|knee|knees|hip|muscle|bone|neurons|cells|body|function|"
            "functions|mobility|vision|sight|hearing|health|movement|injury|injuries")
_BODY_ES = ("cartilago|tejido|tejidos|nervio|nervios|articulacion|articulaciones|organo|"
            "organos|pulmon|pulmones|corazon|cerebro|higado|pancreas|pancreatica|rinon|"
            "medula|tendon|tendones|ligamento|dano|danado|danos|rodilla|rodillas|cadera|"
            "musculo|hueso|neuronas|cuerpo|funcion|funciones|movilidad|vision|salud|"
            "movimiento|lesion|lesiones|neurologico")
_ILL_EN = ("pain|symptoms|symptom|inflammation|disease|diseases|condition|conditions|"
           "arthritis|osteoarthritis|diabetes|illness|damage|need|ageing|aging|disability|"
           "progression|decline|degeneration")
_ILL_ES = ("dolor|dolores|sintomas|inflamacion|enfermedad|enfermedades|artrosis|artritis|"
           "diabetes|dano|danos|necesidad|envejecimiento|discapacidad|lesion|lesiones|"
           "progresion|avance|deterioro|degeneracion")

FRAMES: tuple[PhraseRule, ...] = (
    PhraseRule(
        "claim_proven",
        "no_evidence",
        en=("proven|tested|validated ~2 alternative|alternatives|results|treatment|treatments|"
            "therapy|therapies|method|solution|solutions|technology|way|option|options|"
            "benefits|protocol|procedure",
            "clinically|scientifically|medically tested|proven|validated|backed|approved",
            "proven|shown|demonstrated ~2 to work|heal|repair|regenerate|reverse|cure|restore"),
        es=("eficacia|efectividad|resultados|beneficios|tecnica|tratamiento|terapia ~2 "
            "probada|probado|probados|demostrada|demostrado|demostrados|comprobada|comprobado",
            "demostrado|demostrada|comprobado ~3 resultados|eficacia|efectividad|beneficios",
            "clinicamente|cientificamente|medicamente probado|probada|testado|testada|"
            "avalado|avalada|comprobado|comprobada"),
        explanation=_("A claim that the treatment is proven. Ask for the published trials in "
                      "people that prove it for your condition."),
        source="itrt-guide",
        unless=(AUTHORISED,),
    ),
    PhraseRule(
        "claim_cure",
        "guaranteed_results",
        en=(f"eliminate|eliminates|eliminating|banish|end ~3 {_ILL_EN}",
            f"reverse|reverses|reversing|halt|stop ~3 {_ILL_EN}|autism|parkinson's|ms|als",
            f"restore|restores|restoring|regain|recover ~6 {_BODY_EN}",
            f"regenerate|regenerates|rebuild|rebuilds|repair|repairs|regrow|heal|heals ~3 "
            f"{_BODY_EN}|tears|torn|rotator",
            "pain|symptoms|inflammation ~6 disappear|disappears|subside|subsides|vanish|vanishes",
            "completely|totally|fully|entirely disappear|disappears|vanish|vanishes|heal|heals",
            "pain free within|after|for",
            "avoid|skip|spare ~3 surgery|replacement|operation|surgeries",
            "life|living|walk|move|active ~3 without pain",
            "most|majority ~4 patients|children|people|clients ~3 improve|improved|recover|"
            "recovered|better"),
        es=(f"elimina|eliminar|eliminamos|eliminan|acaba|acabar|termina ~3 {_ILL_ES}",
            f"revertir|revierte|revierten|revertimos|frena|frenar|detiene|detener ~3 {_ILL_ES}|"
            "autismo|parkinson|ela",
            f"restaurar|restaura|restablece|restablecer|recuperar|recupera|recuperan ~6 "
            f"{_BODY_ES}",
            f"regenera|regenerar|regeneramos|regeneran|repara|reparan|reparar|reparamos|"
            f"reconstruye|reconstruir ~3 {_BODY_ES}",
            "dolor|dolores|sintomas|inflamacion ~6 desaparece|desaparecen|desaparecera|cede",
            "completamente|totalmente|por completo desaparece|desaparecen|desaparecera|"
            "desaparezca",
            "resultados visibles|garantizados",
            "evite|evitar|evita|eviten ~3 cirugia|protesis|operacion|quirofano",
            "vida|vivir|caminar|moverse ~3 sin dolor",
            "mayoria ~4 pacientes|ninos|personas|clientes ~3 mejoran|mejora|recuperan|"
            "recupera"),
        explanation=_("A result is promised: pain or a disease gone, damage repaired or "
                      "reversed. Ask which published study in people shows this for your "
                      "condition."),
        source="bookimed-safety",
        unless=(BLOOD_CANCER, AUTHORISED),
    ),
    PhraseRule(
        "claim_safe",
        "no_risks_claim",
        en=("few|minimal|rare|zero|virtually|almost ~2 side effects",
            "few|minimal|rare|zero|virtually|almost ~2 risks|risk|complications",
            "side ~1 effects ~2 minimal|rare|negligible|minor",
            "no|zero|without rejection",
            "never|not ~1 worse ~2 than|before",
            "completely|totally|perfectly|absolutely|entirely|extremely|very safe|harmless"),
        es=("pocos|minimos|escasos|raros|apenas|practicamente ~2 efectos|riesgos|"
            "complicaciones",
            "efectos ~2 minimos|escasos|raros|leves|inexistentes",
            "sin|ningun|nulo|cero rechazo",
            "nunca|jamas ~2 peor",
            "totalmente|completamente|absolutamente|perfectamente|muy inocuo|inocua|seguro|"
            "segura"),
        explanation=_("The text plays down the risks. Every treatment has risks: infection, "
                      "reactions, or simply no effect."),
        source="itrt-guide",
    ),
    PhraseRule(
        "claim_same_day",
        "same_day_procedure",
        en=("same|single|one ~1 session|visit|procedure|surgery|sitting|appointment|operation",
            "single|one outpatient ~1 visit|procedure|session",
            "harvest|extract|collect|draw|aspirate ~10 inject|reinject|injected|administer|"
            "return ~6 same|minutes|hours|immediately|right|back"),
        es=("misma|mismo ~1 sesion|intervencion|visita|cirugia|procedimiento|acto|jornada|"
            "quirofano",
            "extraemos|extraer|obtenemos|obtener|sacamos|aspiramos|extrae ~10 infiltramos|"
            "infiltrar|inyectamos|inyectar|reinyectamos|aplicamos",
            "en ~2 horas sale|sales|vuelve|regresa|camina"),
        explanation=_("Cells taken and given back in one visit cannot have been grown in a "
                      "laboratory. On the days question, answer \"the same day\"."),
        source="itrt-guide",
        requires=(r"cells?|celul\w{0,20}|grasa|fat|medula|marrow|tejido|tissue|extrae\w{0,20}|"
                  r"extraemos|obtenemos|harvest\w{0,20}|concentrat\w{0,20}|liposuc\w{0,20}|"
                  r"adipos\w{0,20}",),
        unless=(BLOOD_CANCER, r"apheres\w{0,20}|aferesis|donors?|donantes?",
                # cells grown for weeks come back later, not in the same visit
                r"cultur\w{0,20}|cultiv\w{0,20}|grown|expanded|laborator\w{0,20}|weeks|"
                r"semanas|later|posterior|second operation|segunda (?:operacion|intervencion)"),
    ),
    PhraseRule(
        "claim_no_agency",
        NO_AGENCY,
        en=("not|no ~3 need|needs|require|requires|subject ~4 fda|agency|approval|"
            "authorisation|authorization|regulator|regulation",
            "not|no ~1 a ~1 drug|medicine|medication|medicinal"),
        es=("no ~3 necesita|requiere|precisa|necesitan|requieren|sujeto ~5 autorizacion|"
            "aprobacion|aemps|agencia|cofepris|permiso|registro",
            "no ~3 es|son|trata ~2 un|una|de ~1 medicamento|medicamentos|farmaco"),
        explanation=_("The text says no medicines agency has to check this product. A cell "
                      "product given as a treatment needs the agency's authorisation; on the "
                      "question about the agency, answer \"no\"."),
        source="ema-cat-2020",
        requires=(r"cells?|celul\w{0,20}|tratamiento|treatment|therapy|terapia|product\w{0,4}|"
                  r"producto|tecnica|procedure|procedimiento",),
    ),
    PhraseRule(
        "claim_story",
        "testimonials",
        en=("thousands|hundreds|patients|clients ~4 told|tell|tells|share|shared|say ~3 story|"
            "stories|experience|experiences",
            "got|have|give ~1 my|their|your life back",
            "changed|transformed ~1 my|his|her|their life|lives"),
        es=("miles|cientos|pacientes ~4 cuentan|contado|comparten|compartido ~3 historia|"
            "historias|experiencia|experiencias",
            "me|les|le ~1 cambio|devolvio ~1 la vida"),
        explanation=_("Patients' stories are used as proof. Personal stories are not evidence "
                      "that a treatment works or is safe."),
        source="fda-consumer-2021",
    ),
    PhraseRule(
        "claim_travel",
        "travel_package",
        en=("hotel|accommodation|lodging|flights|flight|transfers|transportation ~4 included|"
            "includes|covered",
            "include|includes|including ~4 hotel|accommodation|lodging|flights|transfers|"
            "transportation"),
        es=("alojamiento|hotel|hospedaje|vuelo|vuelos|traslado|traslados ~4 incluido|incluida|"
            "incluidos|incluidas|incluye",
            "incluye|incluimos|incluido ~4 alojamiento|hotel|hospedaje|vuelo|vuelos|traslados"),
        explanation=_("Travel and a stay are sold with the treatment. A holiday package is a "
                      "sales offer, not a sign of medical quality."),
        source="bookimed-safety",
        unless=(REIMBURSED, TRIAL, r"covered by|paid by|cubiert\w{0,3} por|pagad\w{0,3} por"),
    ),
    PhraseRule(
        "claim_advance",
        "upfront_payment",
        en=("initial|advance|upfront|prior payment|deposit",
            "pay|paid|payment ~3 before ~2 arrive|arrival|treatment|procedure|travel"),
        es=("adelanto|anticipo",
            "pago|pagos ~1 inicial|previo|anticipado|adelantado"),
        explanation=_("Money is asked for before you have been examined or treated. Be careful "
                      "with payments in advance, especially non-refundable ones."),
        source="fda-consumer-2021",
        unless=(REIMBURSED,),
    ),
    PhraseRule(
        "claim_free",
        "free_participation",
        en=("no|not|never ~3 pay|payment|charge|charged|cost ~3 participate|participation|"
            "take|study|trial|taking",),
        es=("no|ningun|ninguna|nada ~3 pago|pagar|coste|costo|cargo ~3 participar|"
            "participacion|estudio|ensayo",),
        explanation=_("The text says taking part costs you nothing, as it should in a genuine "
                      "clinical trial."),
        source="cuende-2021",
        requires=(TRIAL,),
    ),
    PhraseRule(
        "claim_hurry",
        "pressure_to_decide",
        en=("seats|spots|places|slots|spaces|appointments ~2 limited",
            "only|just ~2 seats|spots|places|slots ~1 available|left|remaining"),
        es=("plazas|cupos|lugares|asientos|citas ~2 limitadas|limitados",
            "solo|quedan|ultimas ~2 plazas|cupos|lugares ~1 disponibles|libres"),
        explanation=_("The text pushes you to decide or pay quickly. A medical decision "
                      "deserves time and a second opinion."),
        source="bookimed-safety",
    ),
    PhraseRule(
        "claim_reported_story",
        "testimonials",
        en=("patients|clients|customers say|said|tell|told|write|wrote",
            "thousands|hundreds|000 ~2 patients|people ~1 treated|helped"),
        es=("pacientes|clientes dicen|cuentan|opinan|escriben",
            "miles|cientos|000 ~2 pacientes|personas ~1 tratados|tratadas|atendidos|ayudados"),
        explanation=_("Patients' stories are used as proof. Personal stories are not evidence "
                      "that a treatment works or is safe."),
        source="fda-consumer-2021",
    ),
    PhraseRule(
        "claim_package_trip",
        "travel_package",
        en=("with|plus|including ~2 hotel|accommodation|lodging|flights ~2 and ~1 transfers|"
            "transfer|flights|hotel|meals|transportation",),
        es=("con|mas|incluyendo ~2 hotel|alojamiento|hospedaje|vuelos ~2 y|e ~1 traslados|"
            "traslado|vuelos|hotel|comidas|transporte",),
        explanation=_("Travel and a stay are sold with the treatment. A holiday package is a "
                      "sales offer, not a sign of medical quality."),
        source="bookimed-safety",
        unless=(REIMBURSED, TRIAL),
    ),
)

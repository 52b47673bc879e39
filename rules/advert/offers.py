# ruff: noqa: E501 -- the table's patterns, with every repeat bounded ({0,20} for *), read best unbroken.
"""Phrase rules on how the treatment is sold: outside the rules, without an examination,
under pressure, with a deadline, paid in advance, by price, with travel, with testimonials.
In the table's order (``rules.phrases.PHRASES`` is claims, then offers, then trials)."""

from ..i18n import _
from .model import MONEY, MONEY_OR_PERCENT, REIMBURSED, TRIAL, PhraseRule

OFFERS: tuple[PhraseRule, ...] = (
    # --- no_protocol_or_ethics -------------------------------------------------------------
    PhraseRule(
        "bypass_rules",
        "no_protocol_or_ethics",
        en=(r"(?:not (?:yet )?(?:approved|available|allowed|legal)|banned|restricted|illegal) "
            r"(?:\w{1,24} ){0,2}(?:in|at) (?:the (?:us|usa|uk|united states)|the states|your (?:home )?"
            r"country|home|europe|the eu)",
            r"(?:no|without) (?:red tape|bureaucracy|waiting lists?|paperwork|regulations?|"
            r"restrictions)",
            r"(?:avoid|bypass|skip|get around) (?:the )?(?:fda|regulations?|red tape|"
            r"waiting lists?|restrictions)",
            r"experimental (?:stem cell )?(?:treatments?|therap\w{1,24}|protocols?) "
            r"(?:available|offered)"),
        es=(r"no (?:esta|estan) (?:aprobad[oa]s?|disponibles?|permitid[oa]s?) (?:\w{1,24} ){0,2}en "
            r"(?:espana|europa|su pais|tu pais|estados unidos|ee ?uu)",
            r"(?:sin|no hay) (?:listas? de espera|burocracia|tramites|papeleos?|restricciones)",
            r"(?:tratamientos?|terapias?|protocolos?) experimental\w{0,20} (?:disponibles?|ofrecid\w{1,24})",
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
            r")?(?:records?|referrals?|prescriptions?|tests?|examinations?|exams?|diagnos\w{1,24}|"
            r"doctor'?s? (?:notes?|letters?)|scans?|mri|consultations?) (?:needed|required|"
            r"necessary)?",
            r"suitable for (?:everyone|all ages|all patients)",
            r"(?:everyone|anyone|all patients|every patient|any patient) (?:is|are|can be) "
            r"(?:a )?(?:good )?(?:candidates?|eligible|accepted|approved)",
            r"(?:instant|immediate|same day|guaranteed|fast|quick|24 hour) (?:approval|"
            r"acceptance|eligibility)",
            r"(?:approved|accepted|eligible) (?:within|in) (?:\d{1,6}|24|48|one|two) (?:hours?|days?)",
            r"(?:regardless of|whatever) (?:your )?(?:age|condition|diagnosis|stage)",
            r"(?:send|whatsapp|text) us (?:a |your )?(?:photo|picture|description)",
            r"no need to (?:send|bring|provide|show|have|get|do) (?:\w{1,24} ){0,2}(?:mri|records?|"
            r"tests?|scans?|reports?|referrals?|x rays?|results|documents|examinations?)",
            r"(?:is|are|you're|youre) (?:a |an )?(?:good|great|perfect|ideal|excellent) "
            r"candidates?"),
        es=(r"(?:sin|no (?:necesita|necesitas|hace falta|se requiere\w{0,20}|requiere\w{0,20})) "
            r"(?:necesidad de )?(?:ningun[oa]? )?(?:informes?|historial\w{0,20}|recetas?|derivacion\w{0,20}|"
            r"pruebas?|analisis|examen\w{0,20}|diagnostico\w{0,20}|resonancias?|consultas? previas?)",
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
            r"presente|haga|manden|envien)\w{0,20} (?:\w{1,24} ){0,2}(?:informes?|pruebas|resonancias?|"
            r"historial\w{0,20}|analisis|radiografias?|documentos?)",
            r"(?:es|eres) (?:usted )?(?:un |una )?(?:buen[oa]|perfect[oa]|excelente) candidat[oa]|"
            r"(?:es|eres) candidat[oa] (?:ideal|perfect[oa])|ya es candidat[oa]|"
            r"(?:revis\w{1,24} su caso y|confirm\w{1,24} que) es (?:usted )?candidat[oa]"),
        explanation=_("You could be accepted without an examination or a look at your records. "
                      "A responsible clinic confirms the diagnosis first."),
        source="bookimed-safety",
        unless=(r"stud(?:y|ies)|trials?|ensayos?|estudios?",),
    ),
    # --- pressure_to_decide ----------------------------------------------------------------
    PhraseRule(
        "hurry",
        "pressure_to_decide",
        en=(r"(?:book|call|act|decide|sign up|reserve|buy|pay|order|apply|enrol{1,2}) "
            r"(?:\w{1,24} ){0,2}(?:now|today|"
            r"immediately|right away|before it'?s too late|while)",
            r"(?:only|just|last) (?:\d{1,6}|a few|two|three|four|five) (?:places|spots|slots|seats|"
            r"openings|vacancies|places? left|spots? left)",
            r"limited (?:places|spots|slots|availability|spaces|number of (?:places|patients|"
            r"spots))|(?:places|spots|slots|spaces|availability) (?:are |is )?(?:very )?limited",
            r"(?:for|to) the first \d{1,6} (?:patients|clients|people|bookings)",
            r"(?:don'?t|do not) (?:wait(?: any longer| anymore|!| to (?:book|call|start|reserve|"
            r"get))|miss (?:out|this|our|the (?:chance|opportunity|offer)))",
            r"(?:get|with|enjoy|save) (?:a |an |our )?(?:\w{1,24} )?(?:\$|€|£|\d{1,6} ?%|\d{1,6}) ?"
            r"(?:\d{1,6} )?(?:discount|off|savings?)",
            r"discount(?:ed)? (?:price|rate|offer|package|if|for|when|of)",
            r"(?:before|while) (?:places|spots|slots|stocks?|supplies) (?:run out|last|are gone|"
            r"fill up)",
            r"prices? (?:will )?(?:increase|increases|go up|goes up|rise|rises) (?:on|from|after|"
            r"in|next|soon)",
            r"spots? (?:are )?filling (?:up )?fast|(?:high|huge) demand|waiting list is (?:growing|"
            r"long)|time is running out"),
        es=(r"(?:reserv|llam|decid|actu|pag|compr|inscrib|apunt|escrib)\w{0,20} (?:\w{1,24} )?(?:ya|hoy|"
            r"ahora|"
            r"hoy mismo|cuanto antes|de inmediato|inmediatamente)",
            r"(?:solo|ultim[oa]s|quedan) (?:quedan )?(?:\d{1,6}|pocas|pocos|dos|tres|cuatro|cinco) "
            r"(?:plazas|cupos|lugares|citas|huecos)",
            r"(?:plazas?|cupos?|lugares?|citas?) (?:limitad[oa]s?|disponibles? limitad\w{1,24})|"
            r"ultim[oa]s (?:plazas|cupos|lugares|citas|huecos)",
            r"(?:para|a) los primeros \d{1,6} (?:pacientes|clientes|personas|reservas)|"
            r"le respetamos el precio",
            r"no (?:espere mas|esperes mas|lo piense|lo pienses|deje pasar|dejes pasar|se (?:lo )?"
            r"pierda|te (?:lo )?pierdas)",
            r"(?:descuento|rebaja) (?:de|del) (?:\d{1,6} ?%|\$ ?\d{1,6}|\d{1,6} ?(?:€|\$|euros|dolares))",
            r"(?:con|obtenga|obten|aprovech\w{1,24}|consig\w{1,24}|disfrut\w{1,24}) (?:un |el |nuestro )?"
            r"(?:\d{1,6} ?% )?(?:de )?(?:descuento|rebaja)",
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
            r"(?:\w{1,24} )?(?:ends|expires?|valid (?:until|till|through)|only valid|runs until)",
            r"(?:special|exclusive|seasonal|holiday|summer|winter|spring|black friday|cyber "
            r"monday|christmas|new year'?s?|flash|early bird|launch) (?:offer|deal|promotion|promo|"
            r"sale|discount|price|pricing)",
            r"(?:this|next) (?:week|month|weekend) only|(?:only|valid) (?:until|till) "
            r"(?:\w{1,24} )?(?:\d{1,2}|the end of|monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|january|february|march|april|may|june|july|august|september|october|"
            r"november|december)",
            r"(?:last|final) (?:chance|days?|hours?)|expires? (?:soon|today|tonight)|"
            r"(?:today|tonight) only|for a limited period",
            r"(?:until|till|before) the end of the (?:month|week)|ends this (?:month|week)|"
            r"2 ?(?:x|for) ?1|two for one|buy one,? get one|(?:our|this) promotion|promo code",
            r"(?:book|reserve|sign up|pay|booking|reserving)(?:ing)? (?:\w{1,24} ){0,2}(?:before|by) "
            r"(?:the )?(?:end|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"january|february|march|april|may|june|july|august|september|october|november|"
            r"december)"),
        es=(r"(?:por|durante) (?:un )?tiempo limitado|oferta (?:\w{1,24} )?(?:limitada|especial|"
            r"exclusiva|de (?:lanzamiento|temporada|verano|navidad|black friday))",
            r"(?:oferta|promocion|promo|descuento|precio) (?:\w{1,24} )?"
            r"(?:valid[oa]|vigente|disponible) "
            r"(?:\w{1,24} )?hasta|(?:oferta|promocion|promo|descuento) (?:termina|acaba|finaliza|vence)",
            r"(?:solo|unicamente|valido) (?:este|esta) (?:mes|semana|fin de semana)|"
            r"(?:ultima|ultimos?) (?:oportunidad|dias|horas)|solo (?:por )?hoy|hasta agotar",
            r"(?:promocion|promo) (?:especial|exclusiva|limitada|de (?:verano|navidad|lanzamiento|"
            r"temporada|black friday))",
            r"(?:nuestra|esta) promocion|codigo promocional|2 ?x ?1|dos por uno|"
            r"hasta (?:el )?(?:fin|final) de(?:l)? (?:mes|semana)",
            r"(?:reservando|si reserva\w{0,20}|reserve|reserva|reservas|pagando|si paga\w{0,20}) "
            r"(?:\w{1,24} ){0,2}antes de(?:l)? (?:\d|el|fin|final|lunes|martes|miercoles|jueves|"
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
            r"(?:pay\w{0,20}|paid|payments?) (?:[\w%:]{1,24} ){0,3}(?:in advance|upfront|up front|beforehand|"
            r"before (?:your |the )?(?:arrival|treatment|travel|procedure))",
            r"(?:advance|upfront|up front|prepaid|pre-?payment|full) payments?(?: required)?",
            r"non ?refundable|(?:booking|reservation|registration) (?:fee|payment)|"
            r"down ?payment",
            rf"(?:reserve|secure|book|hold|confirm) (?:\w{{1,24}} ){{0,3}}(?:with|for (?:only|just)) "
            rf"(?:a |an |only |just )?{MONEY_OR_PERCENT}",
            r"(?:wire|bank) transfer (?:before|in advance|to confirm|to reserve)",
            r"\d{1,3} ?% (?:in advance|upfront|up front|beforehand|prepayment|deposit|now)"),
        es=(r"(?:pago|pagos|abono|pagar|abonar|pague) (?:[\w%:]{1,24} ){0,3}(?:por adelantado|"
            r"anticipad\w{0,20}|por anticipado|antes de (?:su |tu |la )?(?:llegada|viaje|"
            r"tratamiento|procedimiento))",
            r"(?:anticipo|prepago|deposito|senal de reserva|fianza)"
            r"(?! de (?:grasa|amiloide|calcio))",
            rf"(?:una|la|con una|de) senal (?:de )?{MONEY_OR_PERCENT}",
            r"no reembolsable|(?:cuota|tasa|pago) de (?:reserva|inscripcion)|enganche",
            rf"apart\w{{1,24}} (?:\w{{1,24}} ){{0,3}}con (?:un |una |solo )?{MONEY_OR_PERCENT}",
            rf"(?:reserve|reserva|reservar|asegure|asegura|bloquee|confirme) (?:\w{{1,24}} ){{0,3}}"
            rf"(?:con|por (?:solo|tan solo)?) (?:un |una |solo |tan solo )?{MONEY_OR_PERCENT}",
            r"transferencia (?:previa|bancaria (?:previa|antes|para reservar|para confirmar))",
            r"\d{1,3} ?% (?:por adelantado|por anticipado|de anticipo|de senal|de deposito)"),
        explanation=_("Money is asked for before you have been examined or treated. Be careful "
                      "with payments in advance, especially non-refundable ones."),
        source="fda-consumer-2021",
        unless=(REIMBURSED,),
    ),
    # --- unjustified_cost ------------------------------------------------------------------
    PhraseRule(
        "package_price",
        "unjustified_cost",
        en=(r"package (?:price|deal|cost|rate)|(?:price|cost) (?:of the |per )?package|"
            r"(?:treatment|therapy|stem cell|full|complete|basic|premium|vip|gold|platinum) "
            r"packages?",
            r"(?:total|final|special|fixed|flat|full|complete|all in|one) (?:price|cost|fee|rate)"
            rf"(?: of| is| only| from|:)? ?{MONEY}",
            rf"(?:price|cost|fee|investment)s?(?: is| of| from| starting at| starts at| only)?:? "
            rf"(?:\w{{1,24}} ){{0,2}}{MONEY}",
            rf"(?:from|only|just|starting at|for) {MONEY}"),
        es=(r"(?:precio|coste|costo) (?:del |de |por )?paquete|paquetes? (?:de tratamiento|"
            r"basico|premium|vip|completo|oro|platino)",
            rf"(?:precio|coste|costo|tarifa|inversion|importe)(?: total| final| especial| unico| "
            rf"cerrado| fijo)?(?: es| de| desde| solo|:)? (?:\w{{1,24}} ){{0,2}}{MONEY}",
            rf"(?:desde|solo|por solo|por tan solo|a partir de) {MONEY}"),
        explanation=_("A price or package is quoted. Ask for a written breakdown of what it "
                      "pays for: tests, cells, procedure and follow-up."),
        source="itrt-guide",
        unless=(REIMBURSED,),
    ),
    PhraseRule(
        "price_amount",
        "unjustified_cost",
        en=(MONEY,),
        es=(MONEY,),
        explanation=_("A sum of money is quoted. Ask what exactly it pays for, in writing, "
                      "before you pay anything."),
        source="itrt-guide",
        unless=(REIMBURSED, r"deposits?|discount\w{0,20}|save|off|anticipo|deposito|senal|fianza|"
                             r"descuento|ahorr\w{1,24}"),
    ),
    # --- travel_package (pending catalogue id) ---------------------------------------------
    PhraseRule(
        "travel",
        "travel_package",
        en=(r"all ?inclusive|(?:flights?|airfare|hotel|accommodation|lodging|stay|apartments?|"
            r"transfers?|transportation|meals|driver|translator|interpreter)(?:,? (?:and |& )?"
            r"(?:flights?|airfare|hotel|accommodation|lodging|stay|apartments?|transfers?|"
            r"transportation|meals|driver|translator|interpreter)){0,8} (?:are |is )?(?:included|"
            r"provided|covered)",
            r"(?:airport|vip|private) (?:pick ?up|transfers?|shuttle|chauffeur|limo\w{0,20})",
            r"(?:medical|health|wellness) (?:tourism|travel|vacation|holiday) (?:package|trip|"
            r"deal|program\w{0,20})",
            r"(?:\d{1,6}|two|three|four|five|six|seven) (?:days?|nights?) (?:stay|of stay|"
            r"accommodation) (?:in|at) (?:the |a |our )?(?:\w{1,24} )?(?:hotel|resort|apartment|villa)",
            r"includes?:? (?:\w{1,24} ){0,4}(?:flights?|hotel|accommodation|airport|transfers?)",
            r"(?:beach|resort|vacation|sightseeing)s? (?:while|during|and)"),
        es=(r"todo incluido|(?:vuelos?|hotel|alojamiento|hospedaje|estancia|traslados?|"
            r"transporte|comidas|chofer|interprete|traductor)(?:,? (?:y |e )?(?:vuelos?|hotel|"
            r"alojamiento|hospedaje|estancia|traslados?|transporte|comidas|chofer|interprete|"
            r"traductor)){0,8} (?:esta |estan )?incluid[oa]s?",
            r"(?:incluye|incluido|incluimos):? (?:\w{1,24} ){0,4}(?:vuelos?|hotel|alojamiento|"
            r"hospedaje|traslados?|aeropuerto)",
            r"(?:recogida|traslados?|transporte) (?:\w{1,24} )?(?:en el|al|del|desde el) aeropuerto|"
            r"traslado vip",
            r"(?:turismo|viaje|paquete) (?:medico|de salud|de bienestar|turistico)|"
            r"paquete de viaje",
            r"(?:\d{1,6}|dos|tres|cuatro|cinco|seis|siete) (?:dias|noches) (?:de )?(?:estancia|"
            r"alojamiento|hospedaje) (?:en )?(?:el |un |nuestro )?(?:hotel|resort|apartamento)"),
        explanation=_("Travel and a stay are sold with the treatment. A holiday package is a "
                      "sales offer, not a sign of medical quality."),
        source="bookimed-safety",
        unless=(REIMBURSED, TRIAL),
    ),
    # --- testimonials (pending catalogue id) -----------------------------------------------
    PhraseRule(
        "testimonial",
        "testimonials",
        en=(r"testimonials?|success stor(?:y|ies)|patient stor(?:y|ies)|(?:real )?patient "
            r"reviews|(?:read|see|watch|hear) (?:\w{1,24} ){0,2}(?:stor(?:y|ies)|reviews|what (?:our "
            r"|other )?patients (?:say|have to say))",
            r"(?:helped|treated|transformed) (?:the lives of )?(?:over |more than )?(?:thousands|"
            r"hundreds|\d[\d,.]{0,12}\+?) (?:of )?(?:patients|people|families|lives)|as seen on tv",
            r"(?:thousands|hundreds|\d[\d,.]{0,12}\+?) (?:of )?(?:\w{1,24} )?(?:satisfied|happy|successful|"
            r"treated) (?:patients|clients|customers)",
            r"(?:before and after|before & after) (?:photos|pictures|videos|results)?",
            r"(?:5|five) star (?:reviews?|ratings?|rated|patients?|experiences?)|"
            r"rated \d(?:\.\d)? ?(?:out of|/) ?5|\d\.\d (?:stars?|out of 5)|(?:⭐|★){3,10}",
            r"trusted by (?:\w{1,24} ){0,3}(?:patients|celebrities|athletes|stars|champions)|"
            r"celebrit(?:y|ies)|famous (?:patients|athletes|clients)",
            r"(?:our|my) patients? (?:say|said|tell|told)|in (?:his|her|their) own words"),
        es=(r"testimonios?|casos de exito|historias? (?:de exito|de (?:nuestros )?pacientes|"
            r"reales)|opiniones (?:de (?:nuestros )?pacientes|reales)|resenas",
            r"(?:miles|cientos|\d[\d,.]{0,12}\+?) de pacientes (?:satisfechos|felices|tratados|"
            r"atendidos)",
            r"pacientes (?:satisfechos|felices|agradecidos)",
            r"antes y despues|5 estrellas|cinco estrellas|(?:⭐|★){3,10}",
            r"(?:famosos|celebridades|deportistas de elite) (?:\w{1,24} )?(?:confian|han confiado|"
            r"eligen|han elegido)",
            r"(?:nuestros|mis) pacientes (?:dicen|cuentan|opinan)|en sus propias palabras"),
        explanation=_("Patients' stories are used as proof. Personal stories are not evidence "
                      "that a treatment works or is safe."),
        source="fda-consumer-2021",
    ),
)

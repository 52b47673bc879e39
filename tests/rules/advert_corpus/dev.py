# ruff: noqa: E501 -- each text is kept on its own lines, as its author would write it.
"""New texts for the development half (the scanner is tuned on these): paraphrases of the
misses and false alarms an outside corpus and a clinical reviewer found, and more texts of
both kinds. ``no_agency`` marks a text saying no medicines agency needs to check the product.
"""

from .text import Text, _t

OFFERS: tuple[Text, ...] = (
    _t("dev-en-knee-alternatives", "en", {"no_evidence", "guaranteed_results"}, """
Eliminate your knee pain with the industry's latest proven alternatives to surgery.
Our regenerative therapies can effectively reduce and even eliminate your pain, so you can get back to living your life.
""", source="outside-corpus-style"),
    _t("dev-en-few-side-effects", "en", {"no_risks_claim"}, """
Are there risks? There are few side effects with our cell therapy. There is no rejection, because the cells come from your own body, and in the worst case patients are never worse than prior to the procedure.
""", source="outside-corpus-style"),
    _t("dev-en-pancreas", "en", {"guaranteed_results", "many_conditions"}, """
Diabetes and stem cells
With our stem cell therapy it is possible to reverse the condition and restore all, or part, of the pancreatic functions. We also treat kidney disease, neuropathy and erectile dysfunction with the same protocol.
""", source="outside-corpus-style"),
    _t("dev-en-doctor-assured", "en", {"guaranteed_results", "testimonials"}, """
From our medical director: "When my first patients came to me, I assured them that the pain in their knees will soon subside and possibly even completely disappear. Today hundreds of them have told me their story."
""", source="outside-corpus-style"),
    _t("dev-en-outpatient", "en", {"same_day_procedure", "no_evidence"}, """
Bone marrow concentrate in a single outpatient visit: harvest, processing and injection are done in one morning, and you go home on your own feet. Clinically tested and approved by thousands of athletes.
"""),
    _t("dev-en-regenerates", "en", {"guaranteed_results", "no_risks_claim", "unjustified_cost"}, """
Our protocol regenerates worn cartilage and restores mobility in hips, knees and shoulders. Completely safe, as we only use your own cells. Treatment of one joint: $5,900.
"""),
    _t("dev-es-misma-sesion", "es", {"same_day_procedure", "guaranteed_results"}, """
Obtenemos las células de su médula ósea y las infiltramos en la rodilla en la misma sesión. En solo 3 horas sale de la clínica caminando, y el dolor desaparece en pocas semanas.
""", source="reviewer-style"),
    _t("dev-es-aemps", "es", {"no_agency", "no_risks_claim"}, """
¿Está autorizado? Este tratamiento no necesita autorización de la AEMPS porque no es un medicamento: son sus propias células. Por eso es totalmente inocuo.
""", source="reviewer-style"),
    _t("dev-es-regenera", "es", {"guaranteed_results", "no_risks_claim", "travel_package"}, """
Nuestro tratamiento regenera el cartílago y elimina el dolor de forma definitiva. Sin efectos secundarios ni rechazo. Le ofrecemos alojamiento en un hotel cercano incluido en el precio.
"""),
    _t("dev-es-revertir", "es", {"guaranteed_results", "no_evidence", "many_conditions"}, """
Las células madre permiten revertir el daño neurológico y recuperar funciones perdidas en pacientes con párkinson, ictus, autismo y diabetes. Eficacia probada en más de 3.000 pacientes.
"""),
    _t("dev-es-pocos-efectos", "es", {"no_risks_claim", "upfront_payment"}, """
Los efectos secundarios son mínimos y nunca estará peor que antes del tratamiento. Para reservar la cita le pedimos un pago inicial del 40%.
"""),
)

LEGITIMATE: tuple[Text, ...] = (
    _t("dev-en-agency-warning", "en", set(), """
Important information about stem cell clinics
Some clinics claim that stem cells can cure Parkinson's disease, reverse autism or regenerate damaged organs, and that their treatments have no side effects. Beware of clinics that promise guaranteed results or ask for payment in advance. The agency warns that these treatments are unproven and have caused serious harm, including blindness and infections.
""", source="reviewer-style"),
    _t("dev-es-ensayo-sin-pago", "es", set(), """
Información para el participante. Este ensayo clínico (NCT04987654) está aprobado por el Comité de Ética y autorizado por la AEMPS. No le pediremos ningún pago por participar: el promotor cubre el tratamiento del estudio y las visitas. El tratamiento es experimental y puede tener efectos adversos.
""", benign={"registered_trial", "free_participation"}),
    _t("dev-en-approval-safe", "en", set(), """
The agency approved the cell therapy after reviewing data from two randomised trials, which found it safe and effective for patients with limbal stem cell deficiency due to eye burns. Serious adverse reactions included eye infection and increased pressure in the eye. The product is made from the patient's own cells, grown over several weeks.
"""),
    _t("dev-en-list-price", "en", set(), """
Final appraisal: the committee noted that the list price of the cell therapy is £38,000 per course of treatment. The company has a commercial arrangement that makes it available to the NHS with a discount. The committee concluded that it is a cost-effective use of NHS resources for people with this rare condition.
"""),
    _t("dev-en-orthopaedic-unit", "en", set(), """
Our orthopaedic unit treats arthritis of the knee, hip and shoulder, tendon injuries and back pain. Depending on your examination and X-rays, your surgeon may recommend physiotherapy, injections or joint replacement. Every operation has risks, which your surgeon will explain before you decide.
"""),
    _t("dev-es-articulo-agencia", "es", set(), """
Cuidado con las falsas terapias con células madre. Algunas clínicas prometen curas milagrosas para el autismo, la ELA o la diabetes y aseguran que el tratamiento no tiene riesgos. La agencia advierte de que estas terapias no están autorizadas y pueden causar infecciones graves.
"""),
)

#: A second batch, written after the first round of tuning, to tune on further.
OFFERS_2: tuple[Text, ...] = (
    _t("dev2-en-back", "en", {"guaranteed_results", "pressure_to_decide", "testimonials"}, """
Chronic back pain? 💥 Our stem cell injections heal damaged discs without surgery. Book your spot at our free seminar this Thursday, seats are limited! Patients say: "I wish I had done this years ago."
"""),
    _t("dev2-en-ms", "en", {"guaranteed_results", "many_conditions", "unjustified_cost"}, """
Mesenchymal stem cell infusions reset the immune system and halt the progression of multiple sclerosis. Our protocol is also used for lupus, rheumatoid arthritis and Crohn's disease. Treatment cost: $15,000.
"""),
    _t("dev2-en-seminar", "en", {"guaranteed_results", "pressure_to_decide"}, """
Dear friend, you are invited to a free dinner seminar on regenerative medicine. Learn how amniotic stem cells let you avoid knee replacement surgery and get back to an active life without pain. Reserve your seat today: only 20 seats available.
"""),
    _t("dev2-es-columna", "es", {"guaranteed_results", "testimonials", "no_protocol_or_ethics"}, """
Tratamos las hernias discales con células madre: el disco se regenera y el dolor de espalda desaparece sin cirugía. Más de 5.000 pacientes tratados con éxito. Primera consulta gratuita. Sin listas de espera.
"""),
    _t("dev2-es-exosomas", "es", {"guaranteed_results", "pressure_to_decide"}, """
✨ Exosomas: la última tecnología en medicina regenerativa. Rejuvenece tu piel, fortalece tu cabello y mejora tu energía en una sola sesión. ¡Reserva ya con un 30% de descuento!
"""),
    _t("dev2-es-autismo", "es", {"guaranteed_results", "unjustified_cost", "travel_package",
                                 "no_medical_evaluation"}, """
Hola, sí tratamos el autismo. Con 2 aplicaciones de células madre de cordón la mayoría de los niños mejoran el lenguaje y el contacto visual. El paquete cuesta 16.000 dólares con hotel y traslados. No hace falta que envíe informes.
"""),
    _t("dev2-es-extraccion", "es", {"same_day_procedure", "no_risks_claim"}, """
Por la mañana le extraemos sangre de la médula ósea, la concentramos y se la inyectamos en la articulación antes de comer. Es un tratamiento seguro y natural.
"""),
)

LEGITIMATE_2: tuple[Text, ...] = (
    _t("dev2-en-ema-qa", "en", set(), """
Questions and answers on unregulated cell therapies. Advanced therapy medicinal products must be authorised before they can be marketed. Treatments offered outside clinical trials without authorisation may not be safe or effective, and patients have been seriously harmed. Ask whether the treatment is authorised or part of a registered clinical trial.
"""),
    _t("dev2-es-unidad-rodilla", "es", set(), """
Unidad de Rodilla. Tratamos la artrosis de rodilla y de cadera con fisioterapia, infiltraciones de corticoides o de ácido hialurónico y, cuando es necesario, con una prótesis. Las infiltraciones de células madre no han demostrado beneficio y solo se ofrecen dentro de ensayos clínicos.
"""),
    _t("dev2-en-trial-faq", "en", set(), """
Will I have to pay to take part? No. The study treatment, tests and visits are provided free of charge, and reasonable travel costs are reimbursed. The trial is registered as NCT05555555 and approved by the research ethics committee.
""", benign={"free_participation", "registered_trial"}),
    _t("dev2-es-prospecto", "es", set(), """
Prospecto: información para el paciente. Este medicamento se elabora con las propias células del paciente, que se cultivan en un laboratorio durante varias semanas antes de implantarlas en una segunda operación. Como todos los medicamentos, puede producir efectos adversos, como dolor e hinchazón de la articulación.
"""),
)

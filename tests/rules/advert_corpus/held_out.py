# ruff: noqa: E501 -- each text is kept on its own lines, as its author would write it.
"""New texts for the held-out half, written (paraphrased, in the style of real ones) before
the scanner was tuned, and never used to tune it: agency warning letters and complaints that
quote a clinic's claims, clinic pages and messages, agency approvals and appraisals,
registered trial pages. Labels are what a careful reader would tick in the text itself.
``no_agency`` marks a text saying no medicines agency needs to check the product.
"""

from .text import Text, _t

OFFERS: tuple[Text, ...] = (
    _t("ho-en-warning-letter", "en", {"guaranteed_results", "many_conditions", "no_risks_claim",
                                      "same_day_procedure"}, """
WARNING LETTER
Dear Dr. Hollis:
During an inspection of your firm, investigators documented that you recover adipose tissue from patients by liposuction, process it to obtain a stromal vascular fraction, and administer the product back to the same patient during the same surgical procedure.
Your website makes the following statements: "Our stem cell injections repair damaged nerves and restore lost function in patients with multiple sclerosis, Parkinson's disease and spinal cord injury." "The procedure is extremely safe, with virtually no side effects."
You should take prompt action to correct the violations cited in this letter.
""", source="fda-letter-style"),
    _t("ho-en-ftc-complaint", "en", {"guaranteed_results", "many_conditions",
                                     "unjustified_cost", "testimonials"}, """
COMPLAINT
1. Respondents advertise and sell stem cell therapy to consumers, charging approximately $9,500 per treatment.
2. In seminars and on their website, Respondents have represented that their therapy treats or cures a range of diseases, including chronic obstructive pulmonary disease, Parkinson's disease, heart failure and erectile dysfunction.
3. Respondents' materials state: "Most of our patients notice a dramatic improvement within weeks, and many are able to stop their medications altogether."
4. Respondents also feature consumer endorsements, such as "I got my life back after one treatment."
""", source="ftc-complaint-style"),
    _t("ho-en-shoulder", "en", {"guaranteed_results", "same_day_procedure",
                                "pressure_to_decide"}, """
Tired of shoulder pain? Our regenerative injections heal torn rotator cuffs naturally, so you can get back to the sports you love. Most patients are pain-free within a month.
The entire procedure is done in our office in under two hours: we draw a small amount of bone marrow from your hip, concentrate it, and inject it into your shoulder.
Spots for this month are going fast. Call today to schedule your consultation.
"""),
    _t("ho-en-email-cord", "en", {"no_medical_evaluation", "unjustified_cost", "travel_package",
                                  "upfront_payment"}, """
Dear Mrs. Okafor,
Thank you for sending us your son's information. Based on what you told us on the phone, he qualifies for our umbilical cord stem cell program, and our medical team does not need any further tests.
Treatment consists of four IV infusions of 100 million cells each. Cost: USD 24,000, which includes accommodation and ground transportation.
A 30% deposit reserves your dates.
"""),
    _t("ho-en-janet", "en", {"testimonials", "guaranteed_results"}, """
Meet Janet. After years of COPD, Janet could barely climb a flight of stairs. Three months after her stem cell treatment, she is hiking again with her grandchildren. "I got my life back," she says.
Stem cells rebuild damaged lung tissue and help you breathe easier. Join the thousands of patients who have chosen our center.
"""),
    _t("ho-es-cadera", "es", {"guaranteed_results", "same_day_procedure",
                              "no_risks_claim"}, """
Tratamiento de la artrosis de cadera con células madre
Las células madre de su propia grasa reparan el cartílago dañado y eliminan la inflamación de la articulación.
Es un procedimiento ambulatorio: extraemos la grasa, la procesamos y la infiltramos en la misma intervención.
Sin riesgo de rechazo, porque son sus propias células.
"""),
    _t("ho-es-whatsapp-precio", "es", {"unjustified_cost", "same_day_procedure",
                                       "limited_time_offer", "pressure_to_decide",
                                       "upfront_payment"}, """
Buenas tardes, le paso la información que nos pidió: el tratamiento para la neuropatía diabética cuesta 7.800 euros y se hace en un solo día, sin ingreso. Si nos confirma esta semana le hacemos un 10% de descuento. Para bloquear la fecha necesitamos un adelanto de 1.000 €.
"""),
    _t("ho-es-sin-autorizacion", "es", {"no_agency", "no_evidence"}, """
¿Necesito algún permiso especial?
No. Nuestro tratamiento no requiere la aprobación de la Agencia Española de Medicamentos, ya que no se trata de un medicamento: utilizamos sus propias células, que se obtienen y se aplican en el quirófano. Esta técnica ha demostrado excelentes resultados en cientos de pacientes.
"""),
    _t("ho-es-longevidad", "es", {"many_conditions", "guaranteed_results",
                                  "travel_package"}, """
Programa de longevidad celular
150 millones de células madre de cordón umbilical por vía intravenosa. Mejora la energía, la memoria y la función sexual, alivia la artrosis y frena el envejecimiento.
Resultados visibles desde la primera semana.
Incluye 3 noches en hotel de lujo y traslados privados.
"""),
    _t("ho-es-estudio-pago", "es", {"pay_for_trial", "unjustified_cost",
                                    "pressure_to_decide"}, """
Estudio observacional con células madre para la esclerosis múltiple
Los participantes abonan el coste del tratamiento (9.500 €); la clínica aporta el seguimiento durante un año sin cargo adicional.
Plazas limitadas: solicite su inclusión cuanto antes.
"""),
)

LEGITIMATE: tuple[Text, ...] = (
    _t("ho-en-approval-news", "en", set(), """
FDA approves first mesenchymal stromal cell therapy for a rare transplant complication
The U.S. Food and Drug Administration approved Ryoncil (remestemcel-L) for the treatment of steroid-refractory acute graft-versus-host disease in children aged two months and older. The approval was based on a multicentre, single-arm study in 54 children. The most common adverse reactions were viral infections, bacterial infections, fever, bleeding and high blood pressure. Patients should be monitored for signs of infusion reactions. The agency concluded that the benefits of the product outweigh its risks for this group of patients.
""", benign={"authorised_product"}),
    _t("ho-en-appraisal", "en", set(), """
Technology appraisal guidance: autologous chondrocyte implantation using chondrosphere (Spherox)
1 Recommendations
1.1 Spherox is recommended as an option for treating symptomatic articular cartilage defects of the femoral condyle and patella of the knee in adults, only if the person has not had previous surgery to repair articular cartilage defects.
3 The list price of Spherox is £10,000 per treatment (excluding VAT; company submission). The committee concluded that the most plausible cost-effectiveness estimates were within the range NICE normally considers an acceptable use of NHS resources.
""", benign={"authorised_product"}),
    _t("ho-en-register-record", "en", set(), """
Allogeneic Mesenchymal Cells in Ischaemic Heart Failure
ClinicalTrials.gov ID: NCT05012345
Study type: Interventional (Phase 2), randomised, double-blind, placebo-controlled.
Eligibility: adults aged 30 to 80 with chronic ischaemic heart failure and an ejection fraction below 40%.
Primary outcome: change in left ventricular ejection fraction at 12 months. Safety outcomes: serious adverse events, arrhythmias and hospital admissions.
Participants do not pay for the study product or the study visits, and travel expenses are reimbursed by the sponsor.
""", benign={"registered_trial", "free_participation"}),
    _t("ho-es-nota-agencia", "es", set(), """
Nota informativa: terapias con células madre no autorizadas
La Agencia Española de Medicamentos y Productos Sanitarios advierte a los ciudadanos sobre clínicas que ofrecen tratamientos con células madre sin autorización. Algunas de estas clínicas afirman que sus terapias curan la artrosis, el autismo o la diabetes, y que no tienen efectos secundarios. Estas afirmaciones no están respaldadas por ensayos clínicos. Desconfíe de quien le pida pagos por adelantado o le prometa resultados garantizados, y consulte a su médico antes de decidir.
"""),
    _t("ho-es-hospital-condrocitos", "es", set(), """
Implante de condrocitos autólogos en la rodilla
El tratamiento se realiza en dos intervenciones separadas por unas seis semanas: en la primera se toma una pequeña muestra de cartílago sano, y las células se cultivan en un laboratorio autorizado; en la segunda se implantan en la lesión. Como toda cirugía, tiene riesgos: infección, rigidez, trombosis o que la lesión no se repare. Su cirujano valorará si es usted candidato después de una exploración y una resonancia magnética.
"""),
    _t("ho-es-registro-ensayo", "es", set(), """
Título: Ensayo clínico fase I/II de células mesenquimales alogénicas en la enfermedad de Crohn perianal
Número EU CT: 2022-500123-45-00
Estado: en reclutamiento
Criterios de inclusión: adultos con fístulas perianales complejas que no han respondido al tratamiento convencional.
El promotor asume todos los costes del estudio; los participantes no pagan nada y se les reembolsan los gastos de desplazamiento.
""", benign={"registered_trial", "free_participation"}),
)

#: A second held-out batch, written after the last round of tuning and scored once; the
#: scanner was not changed for it afterwards.
OFFERS_2: tuple[Text, ...] = (
    _t("ho2-en-knee-clinic", "en", {"guaranteed_results", "no_risks_claim",
                                    "unjustified_cost"}, """
Regenerative Knee Program
Our adult stem cell injections rebuild the cushioning in your knee so you can walk, climb stairs and play with your grandkids again. Because the cells are your own, the procedure carries minimal risk.
Program fee: $7,200 per knee, payable at your first visit.
"""),
    _t("ho2-en-dm-email", "en", {"guaranteed_results", "upfront_payment",
                                 "no_medical_evaluation"}, """
Hello Mr. Ahmed, thank you for your enquiry. Our physicians have reviewed your message and you are an ideal candidate for our diabetes protocol. Most of our type 2 patients are able to reduce or stop their insulin within three months. To confirm your treatment date we require a deposit of 25% of the total.
"""),
    _t("ho2-en-neuropathy-ad", "en", {"guaranteed_results", "limited_time_offer",
                                      "testimonials"}, """
NEUROPATHY SUFFERERS: numbness and burning in your feet can be reversed! Our cell-based therapy regrows damaged nerve fibres. "After 8 sessions I can feel the floor again" - Robert, 67. Free nerve scan for callers before Friday.
"""),
    _t("ho2-en-copd-clinic", "en", {"guaranteed_results", "travel_package", "same_day_procedure"}, """
Stem Cell Therapy for COPD in Tijuana
Your own stem cells are collected from your abdominal fat and returned to you through an IV the same afternoon, where they home to damaged lung tissue and help it heal. Package includes two nights at a partner hotel and transport from San Diego airport.
"""),
    _t("ho2-es-rodilla-web", "es", {"guaranteed_results", "no_risks_claim", "pressure_to_decide"}, """
Recupere su rodilla sin pasar por el quirófano. Las células madre mesenquimales reparan el cartílago desgastado y devuelven la movilidad a la articulación. Es un tratamiento sin riesgos, ya que utilizamos material biológico del propio paciente. Pida su cita hoy mismo: las plazas de este mes son limitadas.
"""),
    _t("ho2-es-whatsapp-ela", "es", {"guaranteed_results", "unjustified_cost",
                                     "no_medical_evaluation"}, """
Buenos días. Sí, tratamos la ELA con células madre de cordón umbilical: con tres infusiones la enfermedad se frena y muchos pacientes recuperan fuerza en brazos y piernas. Cada infusión cuesta 6.500 €. No necesitamos informes médicos, con lo que nos ha contado es suficiente.
"""),
    _t("ho2-es-clinica-estetica", "es", {"guaranteed_results", "many_conditions",
                                         "limited_time_offer"}, """
Medicina regenerativa con células madre: rejuvenecimiento facial, caída del cabello, disfunción eréctil, artrosis y dolor de espalda. Resultados desde la primera sesión. Promoción de primavera: 20% de descuento hasta el 30 de abril.
"""),
    _t("ho2-es-ensayo-cuota", "es", {"pay_for_trial", "unjustified_cost"}, """
Programa de investigación clínica con células madre para la enfermedad de Parkinson. Los pacientes seleccionados participan aportando una cuota de 18.000 euros, que cubre la obtención de las células, su procesamiento y las visitas de control.
"""),
)

LEGITIMATE_2: tuple[Text, ...] = (
    _t("ho2-en-fda-consumer", "en", set(), """
Important patient information about stem cell products
Some patients have suffered serious harm, including blindness and tumours, after receiving unapproved stem cell products. Clinics may say that their products treat a long list of conditions, that they are safe because they use your own cells, or that they are approved when they are not. Before you agree to treatment, ask whether the product is approved or is being studied in a clinical trial under an investigational new drug application.
"""),
    _t("ho2-en-hospital-page", "en", set(), """
Cartilage repair service
For younger patients with a single damaged area of cartilage in the knee, our surgeons may offer microfracture or autologous chondrocyte implantation. Implantation needs two operations several weeks apart, and the rehabilitation takes up to a year. Results vary, and some patients will still need further surgery. Your surgeon will discuss the benefits and the risks with you after an MRI scan.
"""),
    _t("ho2-en-register-2", "en", set(), """
A Study of Autologous Bone Marrow Cells in Critical Limb Ischaemia
ClinicalTrials.gov Identifier: NCT04444444
Recruitment status: Recruiting
Eligibility criteria: adults with critical limb ischaemia who are not candidates for revascularisation.
Intervention: bone marrow aspiration and intramuscular injection of the cell preparation, or a sham procedure.
Primary outcome: amputation-free survival at 12 months.
""", benign={"registered_trial"}),
    _t("ho2-es-aemps-ensayo", "es", set(), """
Información sobre ensayos clínicos con terapias avanzadas
Los medicamentos de terapia avanzada solo pueden administrarse si están autorizados o dentro de un ensayo clínico autorizado por la AEMPS y aprobado por un Comité de Ética de la Investigación con medicamentos. La participación en un ensayo es voluntaria y gratuita. Puede consultar los ensayos autorizados en el Registro Español de Estudios Clínicos.
""", benign={"free_participation"}),
    _t("ho2-es-hematologia", "es", set(), """
Donación de progenitores hematopoyéticos
Si es compatible con un paciente, le haremos un reconocimiento médico completo. La mayoría de las donaciones se hacen por aféresis: durante unos días recibirá un factor de crecimiento y después la extracción dura unas cuatro horas; normalmente vuelve a casa el mismo día. Puede notar dolor de huesos o cansancio. El registro cubre sus gastos de desplazamiento y alojamiento.
"""),
    _t("ho2-es-consentimiento", "es", set(), """
Consentimiento informado para el implante de condrocitos autólogos. He sido informado de que el tratamiento consiste en dos intervenciones: en la primera se obtiene una muestra de cartílago, y en la segunda, unas semanas después, se implantan las células cultivadas. Entiendo que puede no mejorar mis síntomas y que existen riesgos, como infección, rigidez o trombosis.
"""),
)

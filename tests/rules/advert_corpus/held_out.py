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

# ruff: noqa: E501 -- each text is kept on its own lines, as a clinic would write it.
"""The first 45 texts of the corpus (split between the halves in ``__init__``): clinic texts with the signs a careful reader would tick, for the advert scanner.

``OFFERS`` are unproven offers: excerpts of the seed sellers' pages (cited by seed id) and
texts written for this corpus in the style of real adverts, WhatsApp messages and quotes.
``LEGITIMATE`` are controls: an authorised product's leaflet summary, registered free trials,
a hospital's blood stem cell transplant page. ``signs`` lists what the text itself says, as a
person would judge it, not what the scanner happens to return; benign notes are not listed
(``benign`` says which ones a control should get, if any).
"""

from .text import Text, _t

OFFERS: tuple[Text, ...] = (
    # --- seeds ---------------------------------------------------------------------------
    _t("seed002-juventa", "en", {"limited_time_offer", "pressure_to_decide", "travel_package",
                                 "unjustified_cost"}, """
Limited-time deal
Mexico, Playa del Carmen
Regenerative medicine specialist - Isabella Bernaschina
9 years of experience
  • Medical Center Juventa serves 500 patients annually, attracting visitors from Europe, the USA, and more.
  • Included Services: Consultation with a doctor, apartments, VIP transfer.
  • Stay Info: 3 days stay in the hotel, food not included.
  • Method: 50 million stem cells package for alopecia.
Read more
5.0
Package price
$5350
$4800
Get a $550 discount
""", source="bookimed-safety"),
    _t("seed002-listings", "en", {"many_conditions", "origin_unexplained", "testimonials",
                                  "unjustified_cost"}, """
5. Immunotherapy Regenerative Medicine
📍 Puerto Vallarta, Mexico
🌟 Why this clinic:
  • Over 20 years of experience in regenerative medicine.
  • Uses fresh, non-frozen adult stem cells for enhanced treatment effectiveness.
💵 Cost: $4,000-$28,000.
🎯 Best for: Immunology, chronic diseases, anti-aging, sports injuries.

6. Medical Center Juventa
💵 Cost: $7,000-$11,000.
🎯 Best for: Orthopedics, diabetes, Parkinson’s disease, HIV treatment, alopecia, rejuvenation.

1. Cellular Hope Institute
  • Trusted by high-profile patients like Mike Tyson and Cristiano Ronaldo.
📝 Check out the reviews about Cellular Hope Institute from our patients: patient testimonials
""", source="bookimed-safety"),
    _t("seed003-point-of-care", "en", {"no_risks_claim", "same_day_procedure",
                                       "many_conditions"}, """
Stem cell therapy has demonstrated itself as a safe and effective option for pain management.
The process of stem cell treatment varies depending on the specific case. After extracting stem cells from the patient’s own body, they undergo concentration through a centrifuge machine, which isolates the valuable substances within the stem cells. The concentrated stem cells are then carefully injected into the affected area of the patient’s body.
Stem cell therapy is a safe and effective treatment option for many conditions, even though it comes with certain risks.
So, to answer the question, is stem cell therapy safe?

The answer is yes.
""", source="medicoexperts-safety"),
    _t("seed004-regenamex", "en", {"no_evidence", "many_conditions"}, """
Stem cell therapy has gained immense popularity as a revolutionary treatment for a wide range of medical conditions, from degenerative diseases to sports injuries. However, like any medical intervention, it is not without risks.
If you are considering stem cell therapy and want to learn more about its benefits and potential risks, contact Regenamex today. Don’t leave your future to chance—invest in safe, high-quality regenerative medicine with Regenamex.
""", source="regenamex-side-effects"),
    # --- written, English ----------------------------------------------------------------
    _t("en-web-knee", "en", {"no_evidence", "guaranteed_results", "no_risks_claim",
                             "unjustified_cost"}, """
Say goodbye to knee pain without surgery! Our clinically proven stem cell injections regrow cartilage in as little as six weeks.
✔ 94% of our patients report lasting relief
✔ No side effects, no downtime
✔ Complete knee package from $6,900
Book your free consultation today.
"""),
    _t("en-whatsapp-deposit", "en", {"upfront_payment", "pressure_to_decide",
                                     "no_medical_evaluation"}, """
Hi Maria! Thank you for your interest 😊 Dr. Ruiz says your mother is a good candidate, no need to send the MRI. To hold the date of 14 March we need a non-refundable deposit of USD 2,000 by bank transfer. Only 2 spots left this month, so please confirm soon!
"""),
    _t("en-quote-package", "en", {"travel_package", "unjustified_cost", "upfront_payment"}, """
QUOTE #4471 – Stem Cell Protocol (Umbilical Cord MSC, 150 million cells)
Total price: $18,500 USD
Includes: airport pick-up, 5 nights in a 4-star hotel, private driver, translator.
Payment terms: 50% in advance to confirm the booking, remaining balance before the procedure.
"""),
    _t("en-autism", "en", {"guaranteed_results", "testimonials", "many_conditions"}, """
Give your child a new future. Our umbilical cord stem cells have helped hundreds of families with autism, cerebral palsy, Down syndrome and ADHD. Watch Lucas's story: after two treatments he is talking again and his teachers can't believe the change. Read the testimonials of our happy parents and see the before and after videos.
"""),
    _t("en-trial-pay", "en", {"pay_for_trial", "unjustified_cost"}, """
Join our Phase II stem cell study for Parkinson's disease, registered on ClinicalTrials.gov. Participants contribute a study fee of $14,900, which covers the cells, the infusions and the follow-up visits. Enrolment is open now.
"""),
    _t("en-longevity", "en", {"guaranteed_results", "origin_unexplained", "limited_time_offer",
                              "no_evidence"}, """
Turn back the clock with our exclusive longevity protocol: 200 million young, activated stem cells from our proprietary lab. Reverse aging from the inside. Breakthrough regenerative medicine now available in Cancún. New Year special offer: 20% off all bookings made before January 31.
"""),
    _t("en-safe-natural", "en", {"no_risks_claim", "no_evidence", "same_day_procedure"}, """
Is it safe? Absolutely. Because we use your own fat-derived cells, there is zero risk of rejection and no risk of side effects. The whole procedure takes 3 hours: we harvest a small amount of fat, isolate the cells and re-inject them the same day. It's 100% natural and scientifically proven.
"""),
    _t("en-ms", "en", {"guaranteed_results", "no_protocol_or_ethics", "pressure_to_decide"}, """
MS patients: don't wait for your disability to progress. Our stem cell treatment stops MS in its tracks and can help you walk again. This therapy is not approved in the US, but here you can get it with no waiting lists. Call now, places are limited.
"""),
    _t("en-many", "en", {"many_conditions", "no_evidence"}, """
One treatment, many conditions. Our mesenchymal stem cell therapy treats over 80 diseases: diabetes, COPD, heart failure, kidney disease, lupus, rheumatoid arthritis, Alzheimer's, erectile dysfunction and more. Backed by research, registered with COFEPRIS.
"""),
    _t("en-facebook", "en", {"limited_time_offer", "guaranteed_results", "testimonials"}, """
🔥 BLACK FRIDAY PROMO 🔥 Stem cell IV therapy for joint pain and fatigue – results guaranteed or your money back! Offer ends Sunday. ⭐⭐⭐⭐⭐ Rated 4.9/5 by 2,000+ happy patients.
"""),
    _t("en-email-followup", "en", {"pressure_to_decide", "upfront_payment", "no_risks_claim",
                                   "travel_package"}, """
Dear Mr. Patel, following your call, we are happy to confirm that you are eligible for our stem cell programme. The treatment is completely safe. Our all-inclusive package covers the procedure, hotel and airport transfers. Prices increase on 1 July, so we recommend you secure your place with a deposit of €1,500 this week.
"""),
    _t("en-copd", "en", {"guaranteed_results", "no_medical_evaluation", "same_day_procedure"}, """
Breathe again! Our stem cell therapy for COPD and emphysema repairs lung tissue. No referral needed and no tests required – walk in, walk out the same day.
"""),
    _t("en-pay-to-join", "en", {"pay_for_trial", "no_evidence"}, """
You can pay to join our research program on stem cells for spinal cord injury. Patient-funded trials like ours let you access tomorrow's medicine today; our results speak for themselves and studies show stem cells are safe.
"""),
    _t("en-exosomes", "en", {"no_evidence", "many_conditions", "guaranteed_results"}, """
Exosome + stem cell super-infusion: the most advanced, cutting-edge therapy in regenerative medicine. Helps with long COVID, fibromyalgia, Lyme disease, autism and Parkinson's. Patients feel years younger after a single infusion – guaranteed.
"""),
    # --- written, Spanish ----------------------------------------------------------------
    _t("es-web-rodilla", "es", {"no_evidence", "no_risks_claim", "unjustified_cost",
                                "guaranteed_results"}, """
¡Dile adiós al dolor de rodilla sin cirugía! Nuestro tratamiento con células madre está clínicamente probado y regenera el cartílago. Sin efectos secundarios y sin tiempo de recuperación. Paquete completo desde 4.900 €. El 95% de nuestros pacientes mejora.
"""),
    _t("es-whatsapp", "es", {"upfront_payment", "pressure_to_decide", "no_medical_evaluation"}, """
Hola Carmen 👋 El doctor ya revisó su caso y es candidata, no hace falta que mande informes. Para reservar la fecha le pedimos una señal de 500 € por transferencia. ¡Solo quedan 3 plazas este mes, no lo piense más!
"""),
    _t("es-presupuesto", "es", {"travel_package", "unjustified_cost", "upfront_payment"}, """
PRESUPUESTO Nº 2291 – Protocolo de células madre de cordón umbilical
Precio total: 15.000 USD
Incluye: traslados desde el aeropuerto, 4 noches de hotel, chofer privado y traductor.
Forma de pago: 50% por adelantado para confirmar la reserva y el resto antes del procedimiento.
"""),
    _t("es-autismo", "es", {"guaranteed_results", "testimonials", "many_conditions"}, """
Dale a tu hijo una nueva oportunidad. Nuestras células madre han ayudado a cientos de familias con autismo, parálisis cerebral, síndrome de Down y TDAH. Mira la historia de Mateo: después de dos sesiones volvió a hablar. Lee los testimonios de nuestros pacientes satisfechos y mira el antes y después.
"""),
    _t("es-ensayo-pago", "es", {"pay_for_trial", "unjustified_cost"}, """
Participe en nuestro ensayo clínico con células madre para la esclerosis múltiple. La cuota de participación es de 12.000 € e incluye las células, las infusiones y el seguimiento. Plazas abiertas.
"""),
    _t("es-cura", "es", {"guaranteed_results", "no_risks_claim"}, """
Las células madre curan la diabetes tipo 2 de forma natural. Tratamiento 100% seguro, sin riesgos y con resultados garantizados. Miles de pacientes ya dejaron la insulina.
"""),
    _t("es-antienvejecimiento", "es", {"guaranteed_results", "origin_unexplained",
                                       "limited_time_offer"}, """
Rejuvenece 10 años con nuestro protocolo exclusivo de células madre jóvenes y activadas. Revierte el envejecimiento desde dentro. Oferta de verano: 20% de descuento válido hasta el 31 de agosto.
"""),
    _t("es-mismo-dia", "es", {"same_day_procedure", "no_risks_claim"}, """
Extraemos la grasa de su abdomen, obtenemos las células madre y se las inyectamos en la rodilla el mismo día. Todo el procedimiento dura solo tres horas y es totalmente seguro porque son sus propias células.
"""),
    _t("es-ela", "es", {"guaranteed_results", "no_protocol_or_ethics", "pressure_to_decide"}, """
Pacientes con ELA: no esperen más. Nuestro tratamiento detiene la enfermedad y les ayuda a volver a caminar. Esta terapia no está aprobada en España, pero aquí la puede recibir sin listas de espera. Llame hoy mismo, plazas limitadas.
"""),
    _t("es-muchas", "es", {"many_conditions", "no_evidence"}, """
Un solo tratamiento para más de 50 enfermedades: diabetes, EPOC, insuficiencia cardiaca, lupus, artritis reumatoide, alzhéimer, disfunción eréctil y mucho más. Terapia revolucionaria avalada por la COFEPRIS.
"""),
    _t("es-promo", "es", {"limited_time_offer", "guaranteed_results", "testimonials"}, """
🔥 PROMOCIÓN ESPECIAL 🔥 Sueroterapia con células madre para el dolor articular: ¡éxito garantizado o le devolvemos su dinero! La oferta termina el domingo. ⭐⭐⭐⭐⭐ Más de 2.000 pacientes felices.
"""),
    _t("es-email", "es", {"pressure_to_decide", "upfront_payment", "no_risks_claim",
                          "travel_package"}, """
Estimado Sr. García: nos complace confirmarle que es usted apto para nuestro programa. El tratamiento es completamente seguro. Nuestro paquete todo incluido cubre el procedimiento, el hotel y los traslados. Los precios suben el 1 de julio, por lo que le recomendamos reservar ya con un depósito de 1.500 €.
"""),
    _t("es-epoc", "es", {"guaranteed_results", "no_medical_evaluation", "same_day_procedure"}, """
¡Vuelva a respirar! Nuestra terapia con células madre para la EPOC regenera el pulmón. Sin necesidad de informes ni pruebas previas: venga por la mañana y vuelva a casa el mismo día.
"""),
    _t("es-pagar-participar", "es", {"pay_for_trial", "no_evidence"}, """
Puede pagar por participar en nuestro programa de investigación con células madre para la lesión medular. Los estudios demuestran que las células madre son seguras y nuestros resultados hablan por sí solos.
"""),
    _t("es-frescas", "es", {"origin_unexplained", "many_conditions", "unjustified_cost"}, """
Usamos células madre frescas, nunca congeladas, para una máxima potencia. Ideal para antienvejecimiento, artrosis, diabetes y alopecia. Precio del paquete: consúltenos por WhatsApp.
"""),
    _t("es-whatsapp-mx", "es", {"unjustified_cost", "travel_package", "upfront_payment",
                                "pressure_to_decide"}, """
Hola! El costo del tratamiento es de 8,500 dólares e incluye hospedaje y traslados. Si aparta su lugar con 1,000 dólares le respetamos el precio. Cupo limitado.
"""),
    _t("es-instagram", "es", {"testimonials", "limited_time_offer", "no_risks_claim"}, """
✨ Casos de éxito reales ✨ Mira lo que dicen nuestros pacientes. Terapia celular segura y eficaz, sin efectos adversos. ¡Solo este mes, 15% de descuento!
"""),
)

LEGITIMATE: tuple[Text, ...] = (
    _t("en-holoclar-leaflet", "en", set(), """
Holoclar (EU/1/14/987) is a medicine made from the patient's own limbal stem cells. It is used in adults with moderate to severe limbal stem cell deficiency caused by burns to the eye. A small biopsy is taken from the healthy eye and the cells are grown in a laboratory before being implanted in a later operation. Like all medicines, Holoclar can cause side effects, although not everybody gets them; the most common are inflammation of the eyelid and bleeding of the eye. Your doctor will check your eye regularly after the operation.
""", benign={"authorised_product"}),
    _t("en-spherox-leaflet", "en", set(), """
Spherox contains spheroids of the patient's own cartilage cells and is used to repair defects of the cartilage in the knee in adults and adolescents. Cartilage is taken from the knee in a first, minor operation; the cells are grown in a laboratory for several weeks and then implanted in a second operation. Side effects can include joint swelling, joint pain and joint effusion. Tell your doctor about any other medicines you take. Spherox is authorised in the European Union (EU/1/17/1181).
""", benign={"authorised_product"}),
    _t("en-trial-recruitment", "en", set(), """
We are recruiting adults with moderate knee osteoarthritis for a randomised clinical trial (ClinicalTrials.gov NCT04123456) to find out whether injections of cultured cells are safe and effective. The study has been approved by the research ethics committee. Taking part is free of charge and your travel costs will be reimbursed. You may receive the cells or a placebo, and you can leave the study at any time without giving a reason. The treatment is experimental and is not yet proven to work.
""", benign={"registered_trial", "free_participation"}),
    _t("en-hospital-bmt", "en", set(), """
Haematology unit: blood and bone marrow transplant. A stem cell transplant is an established treatment for some blood cancers, such as leukaemia, lymphoma and myeloma, and for some other blood diseases. Before the transplant you will have high-dose chemotherapy. The stem cells come from your own blood or from a matched donor. You will stay in hospital for three to four weeks, and there are serious risks, including infection and graft-versus-host disease, which your team will discuss with you. Your haematologist will explain whether a transplant is suitable for you.
"""),
    _t("es-ensayo-gratuito", "es", set(), """
Buscamos pacientes con lesión medular crónica para un ensayo clínico (EudraCT 2018-001234-56) autorizado por la AEMPS y aprobado por el Comité de Ética de la Investigación. La participación es gratuita y el estudio cubre los gastos de desplazamiento. El tratamiento es experimental: no está demostrado que funcione y el ensayo sirve precisamente para averiguarlo. Puede retirarse en cualquier momento.
""", benign={"registered_trial", "free_participation"}),
    _t("es-prospecto-holoclar", "es", set(), """
Holoclar es un medicamento elaborado con células madre del limbo del propio paciente. Se utiliza en adultos con deficiencia de células madre limbares causada por quemaduras en el ojo. Se toma una pequeña biopsia del ojo sano y las células se cultivan en un laboratorio antes de implantarlas en una operación posterior. Al igual que todos los medicamentos, Holoclar puede producir efectos adversos, aunque no todas las personas los sufran. No hay garantías de que el tratamiento funcione en todos los casos.
""", benign={"authorised_product"}),
    _t("es-hospital-tph", "es", set(), """
Servicio de Hematología: trasplante de progenitores hematopoyéticos. El trasplante de médula ósea es un tratamiento establecido para algunas leucemias, linfomas y mielomas. Antes del trasplante recibirá quimioterapia. Las células pueden ser suyas o de un donante compatible. El ingreso dura entre tres y cuatro semanas y existen riesgos importantes, como infecciones o la enfermedad de injerto contra receptor, que su equipo le explicará. Su hematólogo valorará si el trasplante es adecuado para usted.
"""),
    _t("en-donor-apheresis", "en", set(), """
Becoming a stem cell donor. If you are matched with a patient with leukaemia or another blood cancer, you will first have a medical and blood tests. Most donors give stem cells from their blood by apheresis: the collection takes about 4 hours and you can usually go home the same day. Some donors feel tired or have bone pain for a few days. Tell the donor team if you have diabetes, heart disease or kidney disease. Your travel and hotel costs are covered by the registry, and you will not have to pay anything.
"""),
    _t("es-consentimiento-ensayo", "es", set(), """
Hoja de información al paciente. Le invitamos a participar en un ensayo clínico (número EU CT 2023-501234-12-00) que estudia si un medicamento de terapia avanzada es seguro en personas con insuficiencia cardiaca. La participación es voluntaria y gratuita: el promotor cubre el medicamento, las pruebas y los desplazamientos. Puede tener efectos adversos, algunos desconocidos; el médico del estudio le explicará los riesgos. No sabemos si recibirá algún beneficio.
""", benign={"registered_trial", "free_participation"}),
    _t("en-isscr-style-advice", "en", set(), """
Before you agree to a stem cell treatment, ask for the written protocol and the approval of an ethics committee. Be wary of clinics that promise a cure, claim there are no side effects or ask you to pay a deposit before you have been examined. A real clinical trial does not charge you to take part.
"""),
)

# ruff: noqa: E501 -- the table's patterns, with every repeat bounded ({0,20} for *), read best unbroken.
"""The conditions an advert may list, by body system, and the rule that flags a list of
unrelated ones (one product for many diseases)."""

from ..i18n import _
from .model import ConditionGroup, ListRule

#: Conditions by body system. ``MANY_CONDITIONS`` flags a text naming conditions from at
#: least ``min_groups`` different groups.
CONDITIONS: tuple[ConditionGroup, ...] = (
    ConditionGroup("neuro",
                   en=(r"autism|autistic|parkinson'?s?|als|amyotrophic|multiple sclerosis|"
                       r"alzheimer'?s?|dementia|cerebral palsy|stroke|spinal cord injur\w{1,24}|"
                       r"neuropath\w{1,24}|neurodegenerative|brain injur\w{1,24}|epilepsy|huntington'?s?|"
                       r"down syndrome|adhd|attention deficit",),
                   es=(r"autismo|autista|parkinson|ela|esclerosis (?:lateral|multiple)|alzheimer|"
                       r"demencia|paralisis cerebral|ictus|accidente cerebrovascular|"
                       r"lesion(?:es)? medular\w{0,20}|neuropatia\w{0,20}|neurodegenerativ\w{1,24}|epilepsia|"
                       r"sindrome de down|tdah",)),
    ConditionGroup("metabolic",
                   en=(r"diabet\w{1,24}|obesity|metabolic|kidney (?:disease|failure)|renal failure",),
                   es=(r"diabet\w{1,24}|obesidad|metabolic\w{1,24}|insuficiencia renal|enfermedad renal",)),
    ConditionGroup("orthopaedic",
                   en=(r"(?:osteo)?arthritis|orthop(?:a)?edic\w{0,20}|joint pain|knee|hip|shoulder|"
                       r"back pain|sports injur\w{1,24}|tendon\w{0,20}|ligament\w{0,20}|cartilage|muscular "
                       r"injur\w{1,24}|osteoarthritis",),
                   es=(r"artrosis|artritis|ortopedi\w{1,24}|dolor articular|rodillas?|cadera|hombros?|"
                       r"dolor de espalda|lesiones deportivas|tendon\w{0,20}|ligamentos?|cartilago",)),
    ConditionGroup("ageing",
                   en=(r"anti ?ag(?:e)?ing|rejuvenation|longevity|wellness|hair (?:loss|growth)|"
                       r"alopecia|erectile dysfunction|skin|wrinkles|facial|cosmetic|aesthetic|"
                       r"sexual",),
                   es=(r"anti ?envejecimiento|rejuvenecimiento|longevidad|"
                       r"caida del (?:pelo|cabello)|"
                       r"alopecia|disfuncion erectil|arrugas|estetic\w{1,24}|facial|piel",)),
    ConditionGroup("immune",
                   en=(r"lupus|autoimmun\w{1,24}|crohn'?s?|colitis|rheumatoid|psoriasis|hiv|aids|"
                       r"immunology|immune system",),
                   es=(r"lupus|autoinmun\w{1,24}|crohn|colitis|psoriasis|vih|sida|sistema inmune|"
                       r"inmunologi\w{1,24}",)),
    ConditionGroup("heart_lung",
                   en=(r"heart (?:disease|failure|attack)|cardiac|cardiovascular|copd|emphysema|"
                       r"lung (?:disease|fibrosis)|pulmonary fibrosis|asthma",),
                   es=(r"(?:enfermedad|insuficiencia) (?:cardiaca|cardiovascular)|infarto|"
                       r"cardiopat\w{1,24}|"
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
    unless=(r"tell your (?:doctor|nurse)|if you (?:have|suffer|had)|contraindicat\w{0,20}|"
            r"not suitable|risk factors?|not (?:approved|authori[sz]ed) for|"
            r"(?:informe|avise|consulte) a su medico|si (?:usted )?(?:tiene|padece|sufre|ha "
            r"tenido)|contraindicad\w{0,20}|contraindicacion\w{0,20}|factores? de riesgo|no (?:esta|estan|"
            r"es|son) (?:aprobad|autorizad|indicad|adecuad)\w{0,20}",),
)

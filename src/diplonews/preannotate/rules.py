"""Rules that find names the gazetteer and the KB do not list: title chains, organisation patterns, propagation.

All matching is on the normalised text (normalize.py); spans map back to the frozen text. Proclitics stay
outside spans, as the gazetteer matcher does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from diplonews.preannotate.kb import adjective_base, nationality_adjectives
from diplonews.preannotate.normalize import NormalizedText, normalize, piece_set, pieces


def _norm_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


# A person's title: the head word right before the name (or standing alone for the person).
TITLE_HEADS = _norm_set(
    [
        "الرئيس",
        "الرئيسة",
        "رئيس",
        "رئيسة",
        "وزير",
        "وزيرة",
        "الوزير",
        "الوزيرة",
        "المستشار",
        "المستشارة",
        "مستشار",
        "مستشارة",
        "المتحدث",
        "المتحدثة",
        "متحدث",
        "الأمين",
        "أمين",
        "المدير",
        "مدير",
        "المديرة",
        "مديرة",
        "نظيره",
        "نظيرته",
        "نظيرها",
        "الملك",
        "الأمير",
        "السيد",
        "السيدة",
        "زعيم",
        "الزعيم",
        "محافظ",
        "سفير",
        "السفير",
        "المبعوث",
        "الناشط",
        "الدبلوماسي",
        "الأدميرال",
        "الجنرال",
        "ممثل",
        "مساعد",
        "المفوض",
        "المفوضة",
        "الممثل",
        # feminine forms of the definite heads (الأمينة العامة للمنظمة ريبيكا غرينسبان)
        *["الأمينة", "المبعوثة", "السفيرة", "المندوبة", "الممثلة", "الملكة", "الأميرة", "الزعيمة", "زعيمة"],
        # deputies, spokesmen, envoys and commanders (نائب وزير الخارجية، الناطق باسم، مندوب ... لدى)
        *["نائب", "نائبة", "النائب", "الناطق", "الناطقة", "ناطق", "مندوب", "المندوب", "وكيل", "قائد", "القائد"],
        "المرشد",
        # an envoy or representative with the body's pronoun (عن مبعوثها إلى اليمن)
        *["مبعوثها", "مبعوثه", "ممثلها", "ممثله", "مندوبها", "مندوبه", "سفيرها", "سفيره"],
        # sheikhs, senators, the crown prince and the Saudi king's title (ولي العهد، خادم الحرمين الشريفين)
        *["الشيخ", "الشيخة", "السيناتور", "سيناتور", "ولي", "خادم"],
        # a sovereign by his country (ملك إسبانيا); not أمير or سلطان, which are also name words (حسين أمير ...)
        *["ملك", "ملكة"],
        # honorifics and ranks that stand before a title or a name (معالي وزير ...، المهندس شريف ...)
        *["سمو", "معالي", "فخامة", "سعادة", "المهندس", "الدكتور", "اللواء", "العميد", "المشير"],
        # a chargé d'affaires (القائم بأعمال السفارة الأميركية في بيروت X)
        "القائم",
        # military ranks before a name, with their grades (الفريق أول ركن، العميد الركن، العقيد)
        *["الفريق", "العقيد", "المقدم"],
        # members of a body (عضو مجلس الشيوخ الأمريكي X)
        *["عضو", "عضوة", "العضو"],
        # prosecutors and judges (المدعي العام للمحكمة الجنائية الدولية X، رئيسة المحكمة القاضية X)
        *["المدعي", "المدعية", "مدعي", "القاضي", "القاضية", "قاضي"],
    ]
)
# Envoys and ambassadors are named with where they are sent (السفير الروسي لدى واشنطن، المبعوث الأممي إلى
# اليمن): لدى and, after these heads, إلى and في with a known place or body stay in the title.
_ENVOYS = _norm_set(["المبعوث", "مبعوث", "الموفد", "موفد", "السفير", "سفير", "المندوب", "مندوب", "الممثل", "ممثل"])
_ENVOYS |= _norm_set(["القائم"])  # القائم بأعمال السفارة الأميركية في بيروت: a chargé d'affaires is one too
# Honorifics: before another title they are left out of its description (سمو وزير الخارجية -> وزير الخارجية).
_HONORIFICS = _norm_set(["سمو", "معالي", "فخامة", "سعادة"])
# A state's indefinite form before its name (وزير خارجية مملكة إسبانيا), a department (مدير إدارة ...)
_STATE_AND_OFFICE_NOUNS = ["مملكة", "جمهورية", "دولة", "سلطنة", "إمارة", "إدارة", "قطاع", "شؤون", "شئون"]
# A cabinet or ministry word in construct with the country after it (رئيس وزراء باكستان، وزير مالية ألمانيا)
_CABINET_NOUNS = ["وزراء", "مالية", "داخلية", "اقتصاد", "طاقة", "تجارة", "عدل", "إعلام", "صحة", "خزانة"]
# Words of a title after its head that are not themselves "ال" words.
_TITLE_TAIL = _norm_set(
    [
        *[
            "باسم",
            "عام",
            "خارجية",
            "دفاع",
            "شمال",
            "حلف",
            "الأطلسي",
            "(الناتو)",
            "ولي",
            "العهد",
            "عهد",
            "صاحب",
            "السمو",
        ],
        # a head with the body's pronoun (مساعد مديرها العام): the body was named before
        *["مديرها", "مديره", "رئيسها", "أمينها", "أمينه"],
        # an acting minister (وزير خارجية إيران بالوكالة علي باقري)
        *["بالوكالة", "بالإنابة"],
        # a rank's grades (الفريق أول ركن عبد الفتاح ...) and a chargé d'affaires' office (القائم بأعمال)
        *["بأعمال", "بالأعمال"],
        *["أول", "ركن"],
        *_STATE_AND_OFFICE_NOUNS,
        *["لشؤون", "لشئون"],
        *_CABINET_NOUNS,
        "دفاعها",
    ]
)
# The tail words that are nouns in construct with what follows them (رئيس دولة فلسطين، وزير خارجية ...): only an
# indefinite head takes one; after a definite head (زار الرئيس دولة فلسطين) they open the verb's object.
_CONSTRUCT_TAIL = _norm_set([*_STATE_AND_OFFICE_NOUNS, *_CABINET_NOUNS, "خارجية", "دفاع", "حلف", "شمال"])
_DEFINITE_TAIL = _TITLE_TAIL - _CONSTRUCT_TAIL
# Words that end a name: particles, prepositions, relative pronouns, time words.
_STOP = _norm_set(
    [
        "في",
        "على",
        "إلى",
        "الى",
        "من",
        "عن",
        "أن",
        "إن",
        "أنه",
        "إنه",
        "بأن",
        "لأن",
        "الذي",
        "التي",
        "الذين",
        "خلال",
        "مع",
        "اليوم",
        "أمس",
        "غدا",
        "وذلك",
        "و",
        "أو",
        "ثم",
        "قد",
        "لقد",
        "كما",
        "حيث",
        "بعد",
        "قبل",
        "منذ",
        "حول",
        "لدى",
        "عند",
        "بين",
        "ضد",
        "دون",
        "إثر",
        "وفق",
        "وفقا",
        "حسب",
        "بحسب",
        "بشأن",
        "ان",
        "انه",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "مساء",
        "صباح",
        "يوم",
        # prepositions, adverbs and particles that no name contains (لويد أوستن أمام اجتماع)
        *["أمام", "خلف", "وراء", "عبر", "نحو", "تجاه", "إزاء", "ضمن", "حتى", "عقب", "رغم", "أثناء", "برفقة"],
        *["بحضور", "غد", "هذا", "هذه", "ذلك", "تلك", "كل", "جميع", "بعض", "عدة", "أي", "إلا", "لكن", "لكنه"],
        # a preposition and the times of day besides صباح and مساء (ضرورة تواجد الرئيس بدون انقطاع، استقبل
        # رئيس المجلس X Y ظهر اليوم)
        *["بدون", "ظهر", "ظهرا", "عصر", "عصرا", "ظهيرة", "صباحا", "مساء", "ليلا", "فجر", "فجرا"],
        *["سوى", "إذ", "إذا", "لو", "كي", "لكي", "ليس", "ما", "لا", "لم", "لن", "هو", "هي", "هم"],
        # the other personal pronouns: a quotation that begins with one after a speaker's title (قال المتحدث
        # باسم الحكومة نحن ملتزمون) is the quoted clause's subject, no name
        *["نحن", "أنا", "أنت", "أنتم", "هما", "هن", "إننا", "إنني", "إنهم", "أننا", "أنهم", "لسنا"],
        # prepositions with a pronoun (سلم فيها رئيس المؤتمر)
        *["فيها", "فيه", "منها", "منه", "عنها", "عنه", "لها", "له", "عليها", "عليه", "بها", "به", "إليها"],
        *["إليه", "معها", "معه", "لديها", "لديه", "بينها", "بينهما"],
        # the copula and its sisters (أن يكون سياسيا، كان الرئيس قد)
        # a clause's particles and the passive "was done" (مساعد الرئيس الروسي، فقد تم الاتفاق)
        *["فقد", "وقد", "تم", "برئاسة", "بقيادة", "خلفا"],
        # adverbs that follow a verb's subject and are never a name word (الرئيس مجددا،)
        *["أيضا", "مجددا", "سابقا", "حاليا", "شخصيا", "رسميا", "مؤخرا", "لاحقا", "فورا", "كذلك", "هاتفيا"],
        *["نفسه", "نفسها", "ذاته", "ذاتها", "بنفسه", "بنفسها"],
        *["كان", "كانت", "يكون", "تكون", "يكونوا", "أصبح", "أصبحت", "ظل", "ظلت", "بات", "باتت", "مازال", "لايزال"],
    ]
)
# Verbs that often follow a name in news copy (the cue lexicon's verbs are added by the caller).
_VERBS = _norm_set(
    [
        "أجرى",
        "أجريا",
        "التقى",
        "استقبل",
        "وصل",
        "زار",
        "تلقى",
        "يلتقي",
        "سيلتقي",
        "يزور",
        "قام",
        "عقد",
        "أجاب",
        "قدم",
        "يعتزم",
        # past-tense verbs that follow a subject (الرئيس غادر العاصمة)
        *["غادر", "غادرت", "عاد", "عادت", "توجه", "توجهت", "ترأس", "ترأست", "افتتح", "افتتحت", "شارك"],
        *["شاركت", "حضر", "حضرت", "ألقى", "ألقت", "بدأ", "بدأت", "أنهى", "أنهت", "اختتم", "اختتمت", "أصدر"],
        *["أصدرت", "وقع", "وقعت", "تحدث", "تحدثت", "اتصل", "اتصلت", "هنأ", "هنأت", "بعث", "بعثت", "تناول"],
        *["تناولت", "تبادل", "تبادلا", "تباحث", "تباحثا", "استعرض", "استعرضت", "أطلع", "أطلعت"],
        # present-tense verbs of news copy after a name (الأمير فيصل بن فرحان يجري مباحثات)
        *["يجري", "يبحث", "يستقبل", "يتلقى", "يناقش", "يصل", "يغادر", "يتوجه", "يشارك", "يترأس", "يرأس", "يؤكد"],
        *["يدعو", "يشدد", "يعلن", "يرحب", "يدين", "يحذر", "يطالب", "يهنئ", "يعزي", "يستعرض", "يتابع", "يلقي"],
        *["تجري", "تبحث", "تستقبل", "تتلقى", "تناقش", "تصل", "تغادر", "تتوجه", "تشارك", "تترأس", "تؤكد", "تدعو"],
    ]
)
# A title in the accusative (عيّنه مبعوثا خاصا، انتخب رئيسا): the office he is made, never a name word.
_AS_OFFICE = frozenset(w + "ا" for w in TITLE_HEADS | _ENVOYS if not w.startswith("ال"))
_CONNECTORS = _norm_set(["بن", "بنت", "عبد", "أبو", "ابو", "آل", "ولد"])  # ولد: son of, in Mauritanian names
_LINKS = _norm_set(["بن", "بنت", "ابن", "آل", "ولد"])  # links of a lineage (not عبد/أبو, which begin a name)
# Common given names: only after one of them is a lone ال word read as a family name (أيمن الصفدي، أحمد الشرع),
# not after any word (وزير المالية صرف الدفعة: a verbal noun and its object).
_GIVEN_NAMES = _norm_set(
    [
        *["محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "خالد", "فيصل", "سهيل", "أيمن", "بدر", "سامح"],
        *["ناصر", "عادل", "يوسف", "إبراهيم", "سعد", "سعود", "طلال", "هشام", "وليد", "عمر", "عثمان", "جاسم", "حمد"],
        *["تميم", "سلطان", "منصور", "نبيل", "نجيب", "رياض", "زياد", "سامي", "سمير", "طارق", "عماد", "فؤاد", "كمال"],
        *["ماجد", "مازن", "مراد", "نايف", "نواف", "هاني", "ياسر", "يحيى", "عمرو", "عمار", "أسامة", "أنور", "جمال"],
        *["جواد", "حاتم", "حازم", "حامد", "حمزة", "خليل", "رشيد", "سالم", "سليمان", "شريف", "صالح", "صلاح", "ضياء"],
        *["عارف", "عباس", "عزيز", "غسان", "فادي", "فارس", "فهد", "قاسم", "كريم", "مالك", "مجدي", "مروان", "مهدي"],
        *["موسى", "نادر", "نزار", "نصر", "هادي", "وائل", "رجب", "مسعود", "مولود", "هاكان", "عبدالله", "عبدالعزيز"],
        *["فاطمة", "مريم", "ليلى", "هند", "نادية", "سارة", "رانيا", "ريم", "منى", "نجلاء", "أمينة", "سميرة"],
        # given names written with ta marbuta, which otherwise marks a common noun (see _Words._feminine_noun)
        *["سامية", "رانية", "عائشة", "خديجة", "نبيلة", "جميلة", "كريمة", "لطيفة", "منيرة", "فوزية", "عزة"],
        *["طلحة", "عبيدة", "معاوية", "عكرمة", "قتيبة", "عطية", "حذيفة"],
        # given names shaped like a verbal noun (see _Words._act_noun)
        *["توفيق", "إسحاق", "إلهام", "إسلام", "إحسان", "إكرام", "إيهاب"],
    ]
)
# Title words that are family names too, after a given name (حسن الشيخ، محمد القاضي).
_FAMILY_TITLES = _norm_set(["الشيخ", "القاضي"])
# Words before a title that make it a predicate (هو المدير العام، أصبح مستشارا، كأول مدير عام), not a mention.
_PREDICATIVE = _norm_set(
    [
        *["هو", "هي", "وهو", "وهي", "إنه", "إنها", "أنه", "أنها", "أصبح", "أصبحت", "بات", "باتت", "صار", "صارت"],
        # not ثاني, a family name too (آل ثاني)
        *["أول", "أولى", "كأول", "كأولى", "بصفته", "بصفتها", "بوصفه", "بوصفها"],
    ]
)
# Nouns of an official act that a title's holder issues or signs (أصدر الرئيس مرسوم عفو): never a name word.
_ACT_NOUNS = _norm_set(["قرار", "مرسوم", "قانون", "مشروع", "برنامج", "حداد", "بيان", "عفو", "سبل", "وفد", "وفدا"])
# and in the accusative, the object of the title holder's verb (أصدر الرئيس قرارا بتعيين، مرسوما بتشكيل)
_ACT_NOUNS |= _norm_set(["قرارا", "مرسوما", "قانونا", "مشروعا", "برنامجا", "بيانا", "قرارين", "مرسومين"])
# Nouns of an office in construct with the title after them (تقلد منصب وزير، تولى حقيبة وزير): no name words.
_OFFICE_NOUNS = _norm_set(["منصب", "مناصب", "حقيبة", "مهام", "مقعد", "وظيفة"])
_OFFICE_NOUNS |= _norm_set(["صاحب", "صاحبة"])  # صاحب السمو: "holder of" a style, which the name follows
# Numbers written out: after a run of bare words they show a noun phrase (اوراق اعتماد ثلاثة عشر سفيرا).
_NUMBERS = _norm_set(["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشر", "مئة", "مائة"])
# Particles inside foreign names (لولا دا سيلفا، أورسولا فون دير لاين).
_PARTICLES = _norm_set(["دا", "دي", "دو", "ديل", "فون", "فان", "دير"])
# ال words that end a compound first name (نور الدين، سيف الله): a name goes on through them.
NAME_ARTICLES = _norm_set(["الدين", "الله"])
# Titles that name someone else than the word before them (أطلع عراقجي نظيره: his counterpart), never appositive.
_COUNTERPARTS = _norm_set(["نظيره", "نظيرته", "نظيرها"])
# Organisation heads: a body named by its kind, then its genitive chain.
ORG_HEADS = _norm_set(
    [
        "وزارة",
        "مجلس",
        "المجلس",
        "وكالة",
        "الوكالة",
        "منظمة",
        "المنظمة",
        "حزب",
        "حركة",
        "هيئة",
        "اتحاد",
        "صندوق",
        "البنك",
        "لجنة",
        "اللجنة",
        "جامعة",
        "البرلمان",
        "الخارجية",
        "المكتب",
        # courts, commissions, assemblies, leagues, alliances, banks and companies (المحكمة الجنائية الدولية)
        *["محكمة", "المحكمة", "مفوضية", "المفوضية", "الجمعية", "جمعية", "رابطة", "تحالف", "التحالف", "مؤسسة"],
        *["شركة", "بنك", "مصرف", "المصرف", "الاتحاد", "الجامعة"],
        # intelligence services and missions (المخابرات العامة المصرية، البعثة الأممية)
        *["المخابرات", "الاستخبارات", "البعثة", "بعثة"],
        # authorities and corporations named by their purpose (الهيئة العامة للسياحة والآثار)
        *["الهيئة", "المؤسسة"],
        # forces, governments and forums named by their genitive chain (حكومة الوحدة الوطنية، منتدى التعاون ...)
        *["قوات", "حكومة", "منتدى"],
    ]
)
# Common nouns for a body that name one only with a nationality adjective (الحكومة الألمانية): ORG NOM.
_NOMINAL_ORG_HEADS = _norm_set(["الحكومة", "السلطات", "السفارة", "القيادة", "الرئاسة", "الإدارة", "المعارضة"])
# ... an army or forces by their country (الجيش السوداني، القوات الروسية), the presidency (رئاسة الجمهورية)
_NOMINAL_ORG_HEADS |= _norm_set(["الجيش", "القوات", "رئاسة"])
# Forces named by what they are (قوات الدعم السريع: NAM); by a country's adjective (قوات الاحتلال الإسرائيلي) a
# description (NOM).
_FORCES = _norm_set(["قوات"])
# Police, corps, brigades, guards and municipalities named by the place they belong to (شرطة دبي، فيلق القدس،
# سرايا القدس، بلدية بيروت): a name only with a known place right after the head, which is the name's, as a
# university's is (جامعة القاهرة); the place is no mention of its own there (PLACE_BODIES).
_BY_PLACE_ONLY = _norm_set(["شرطة", "فيلق", "سرايا", "كتائب", "كتيبة", "حرس", "لواء", "ألوية", "بلدية"])
PLACE_BODIES = _BY_PLACE_ONLY | _norm_set(["جامعة"])
ORG_HEADS = ORG_HEADS | _NOMINAL_ORG_HEADS | _BY_PLACE_ONLY
_NOMINAL_PLACES = _norm_set(["المملكة", "بلاده", "بلادها", "بلادنا", "بلادهم", "البلاد"])
_NOMINALS = _NOMINAL_PLACES | _norm_set(["الحكومة", "الوزارة", "الصندوق", "الوكالة", "الحلف", "اللجنة"])
# A union, organisation, parliament or commission named again by its common noun alone (كبير الدبلوماسيين في
# الاتحاد، أعضاء المنظمة).
_NOMINALS |= _norm_set(["الاتحاد", "المنظمة", "البرلمان", "المفوضية"])
# Definite titles a family name may follow directly (الرئيس السيسي), and the office adjectives that are no name.
_NAMED_BY_TITLE = _norm_set(["الرئيس", "الرئيسة", "الملك", "الأمير", "الزعيم", "السيد", "السيدة", "الشيخ"])
_NAMED_BY_TITLE |= _norm_set(["الملكة", "الأميرة", "الشيخة"])
_ROYAL = _norm_set(["الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة"])
# Honorifics and ranks that stand only before a name, so any first name after them may take an ال family name.
_BEFORE_NAMES = _ROYAL | _norm_set(["الدكتور", "المهندس", "السيد", "السيدة", "اللواء", "العميد", "المشير", "د"])
_RANKS = _norm_set(["الفريق", "العقيد", "المقدم"])  # also a team and a presenter: a rank only before a name
_BEFORE_NAMES |= _RANKS
_OFFICE_ADJECTIVES = _norm_set(
    [
        *["الرسمي", "التنفيذي", "الأممي", "الأعلى", "الإقليمي", "الدولي", "الأوروبي", "الشخصي", "الفخري", "الإعلامي"],
        *["العسكري", "الأمني", "السياسي", "الاقتصادي", "الدبلوماسي", "الصحفي", "الإداري", "القانوني", "الفني"],
        *["الروحي", "الشرعي", "المالي", "الوطني", "القومي", "العربي", "الإسلامي", "الأفريقي", "الآسيوي", "الخليجي"],
        *["الانتقالي", "الحالي", "الفعلي", "الشرفي", "الجمهوري", "الديمقراطي", "الروحي", "الثاني", "الحقيقي"],
        "الأولى",  # السيدة الأولى: the first lady, no family name
        *["المفدى", "المعظم", "الراحل"],  # the Gulf and royal honorific adjectives (سمو الأمير المفدى), and the late
    ]
)
_MINISTER = _norm_set(["وزير", "وزيرة"])
# A portfolio after the body of a title (وكيل وزارة الخارجية للشؤون السياسية).
_PORTFOLIO = _norm_set(["للشؤون", "للشئون"])
# Led by (وفد برئاسة ...، حكومة برئاسة ...): the name after it is the leader's.
_LED_BY = _norm_set(["برئاسة", "بقيادة"])
# Regnal ordinals after a sovereign's or pope's name (محمد السادس، تشارلز الثالث، عبد الله الثاني).
_REGNAL = _norm_set(
    [
        *["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"],
        *["الحادي", "عشر"],
        # a queen's (الملكة إليزابيث الثانية)
        *["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة"],
    ]
)
# Titles of one holder (ولي العهد، خادم الحرمين الشريفين) and heads that stand alone for the person the text is
# about (أكد الرئيس أن، زيارة الملك): PER descriptions when no name follows.
_ONE_HOLDER = _norm_set(["ولي", "خادم"])
# Heads that name someone by another person's title (مساعد الرئيس الروسي، مستشار الأمين العام).
_RELATIONAL = _norm_set(["مساعد", "مساعدة", "مستشار", "مستشارة"])
_NAMED_ALONE = _norm_set(["الرئيس", "الرئيسة", "الملك", "الملكة"])
# Nationality adjectives standing for a person (السويدي هانز جروندبرج): masculine and feminine singular.
_PERSON_NISBAS = frozenset(nationality_adjectives()) | frozenset(a + "ه" for a in nationality_adjectives())
# Words after a person's title that describe the holder, not the office (الرئيس الإيراني الراحل).
_LATE = _norm_set(["الراحل", "الراحلة", "الأسبق", "المنتخب", "المنتخبة", "المكلف", "المكلفة"])
# Adjectives that follow a body's name without being part of it.
_DESCRIBING = _norm_set(
    ["الحاكم", "المعارض", "الجديد", "الجديدة", "السابق", "الحالي", "الحالية", "المشترك", "المشتركة"]
)
# ... and words that tie a body to its parent (مجلس السلم والأمن التابع للاتحاد الأفريقي): a name ends before both.
_ORG_END = _DESCRIBING | _norm_set(["التابع", "التابعة", "التابعين", "المنبثق", "المنبثقة"])
# A council of a body named right after it, in construct (مجلس جامعة الدول العربية).
COUNCILS = _norm_set(["مجلس"])
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


class Tok(NamedTuple):
    """A normalised word (or punctuation mark) and where it is in the normalised text."""

    text: str
    start: int
    end: int
    is_word: bool  # a word, not a number or punctuation mark


class RuleSpan(NamedTuple):
    """A mention found by a rule, in original offsets; key groups mentions of one entity."""

    start: int
    end: int
    type: str
    level: str
    proclitic: str | None
    key: str


def tokens(nt: NormalizedText) -> tuple[Tok, ...]:
    """Words, numbers and punctuation of the normalised text, in order (read once for all the rules)."""
    return _tokens_of(nt.norm)


@lru_cache(maxsize=4)
def _tokens_of(norm: str) -> tuple[Tok, ...]:
    """The pieces with their offsets: each piece is found with str.find from the end of the one before (only
    blanks lie between them, and none of them begins a piece), which is cheaper than a match object apiece."""
    make = tuple.__new__  # NamedTuple's own __new__ is Python code: a third of the time for ~30 tokens a sentence
    found, end, find = [], 0, norm.find
    for piece in pieces(norm):
        start = find(piece, end)
        end = start + len(piece)
        found.append(make(Tok, (piece, start, end, piece[0].isalpha())))
    return tuple(found)


def words_of(nt: NormalizedText) -> frozenset[str]:
    """The distinct words of the normalised text (read once per text), so that a rule whose head words are all
    absent is skipped with one set test."""
    return piece_set(nt.norm)


@cache
def _forms(heads: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Every written form of every head -> (proclitic, head), so that a word is one dict lookup.

    After ل the article's alef is not written (للرئيس = ل + الرئيس): the head is read with its alef back, and
    the span starts at the second ل, as the guidelines do for للأمم المتحدة. A bare head wins over a split,
    longer proclitics over shorter ones (the order of _PROCLITICS).
    """
    forms = {head: ("", head) for head in heads}
    for pro in _PROCLITICS:
        for head in sorted(heads):
            forms.setdefault(pro + head, (pro, head))
        if pro[-1] == "ل":
            for head in sorted(h for h in heads if h.startswith("ال")):
                forms.setdefault(pro + head[1:], (pro, head))
    return forms


@cache
def _head_forms(heads: frozenset[str]) -> frozenset[str]:
    """Every written form of the heads (proclitics included), to skip a text that has none with one set test."""
    return frozenset(_forms(heads))


# Words that may open a name no title opens (see _after_nisba): one set test per word of the text.
_BARE_OPENERS = _GIVEN_NAMES | _LED_BY | frozenset(_forms(_PERSON_NISBAS))
# Every word the title rule stops at: a title head in any written form, or a word that may open a bare name.
_TITLE_STARTS = _head_forms(TITLE_HEADS) | _BARE_OPENERS | {"د"}


def absent(nt: NormalizedText, heads: frozenset[str]) -> bool:
    """No word of the text is one of ``heads`` (most sentences for most rules): the rule has nothing to read."""
    return _head_forms(heads).isdisjoint(words_of(nt))


def heads_in(
    nt: NormalizedText, taken: list[tuple[int, int]], heads: frozenset[str], *, last: bool = False
) -> Iterator[tuple[_Words, int, tuple[str, str]]]:
    """The prologue the head-word rules share (patterns, places): every token (the text's last one only with
    ``last``) that is a written form of one of ``heads``, with the text's words and its (proclitic, head);
    nothing at all, after one set test, when the text has none of them."""
    present = _head_forms(heads) & words_of(nt)
    if not present:
        return
    words = _Words(nt, taken, frozenset(), [])
    forms = _forms(heads)
    toks = words.toks if last else words.toks[:-1]
    for i in [k for k, tok in enumerate(toks) if tok.text in present]:
        yield words, i, forms[toks[i].text]


def _is_adjective(word: str) -> bool:
    """ال + ...ي/ية/يين: a nationality or relational adjective (الروسي، الإيرانية، الدولية)."""
    return word.startswith("ال") and word.endswith(("ي", "يه", "يين", "يون"))


def _span(nt: NormalizedText, first: Tok, last: Tok, pro: str, *, etype: str, level: str, key: str) -> RuleSpan:
    start, end = nt.span(first.start + len(pro), last.end)
    written = nt.original[nt.index[first.start] : start] if pro else ""
    proclitic = written if pro and written == pro else None
    return RuleSpan(start, end, etype, level, proclitic, key)


def _bi_noun(word: str) -> bool:
    """ب and a feminine noun (بثقة، بزيارة): a prepositional phrase, never a name word after a name."""
    return word[0] == "ب" and word.endswith("ه") and len(word) > 3 and word not in _CONNECTORS


class _Words:
    """The tokens of one text with what the rules ask about them."""

    def __init__(
        self, nt: NormalizedText, taken: list[tuple[int, int]], verbs: frozenset[str], tail: list[tuple[int, int]]
    ) -> None:
        self.nt = nt
        self.toks = tokens(nt)
        self.taken = taken
        self.verbs = verbs
        self.tail = tail

    def in_tail(self, tok: Tok) -> bool:
        """The token is inside a mention a title may contain (an organisation or place, not a person); the
        genitive ل before the mention is in the token too (لحلف شمال الأطلسي)."""
        start, end = self.nt.index[tok.start], self.nt.index[tok.end - 1] + 1
        if not tok.text.startswith("ل"):
            end = start + 1  # وبرلين after a title is a coordinated place, not the title's body
        return any(s < end and start < e for s, e in self.tail)

    def mention_in(self, tok: Tok) -> tuple[int, int] | None:
        """The earlier mention that starts in ``tok`` or before it and covers it (للأمم: after the proclitic)."""
        start, end = self.nt.index[tok.start], self.nt.index[tok.end - 1] + 1
        return next(((s, e) for s, e in self.taken if s <= start < e or start <= s < end), None)

    def mention_end(self, j: int) -> int:
        """Index of the last token of the earlier mention that token ``j`` holds (see mention_in)."""
        span = self.mention_in(self.toks[j])
        end = span[1] if span else self.nt.index[self.toks[j].end - 1] + 1
        while j + 1 < len(self.toks) and self.nt.index[self.toks[j + 1].start] < end:
            j += 1
        return j

    def covered(self, tok: Tok) -> bool:
        """The token lies inside a mention found earlier (gazetteer, KB or another rule)."""
        start = self.nt.index[tok.start]
        return any(s <= start < e for s, e in self.taken)

    def boundary(self, i: int, *, titled: bool = False) -> bool:
        """Position ``i`` cannot continue a name: end, punctuation, a particle, a verb, a title or a mention.

        Right after a complete title (``titled``) a سي/ست word is a future verb only when the lexicon knows its
        stem (سيتوجه، سيلتقي); otherwise it is a given name (رئيس جنوب أفريقيا سيريل ...)."""
        if i >= len(self.toks) or not self.toks[i].is_word:
            return True
        word = self.toks[i].text
        if word == "علي" and self.nt.original[self.nt.index[self.toks[i].end - 1]] == "ي":
            return False  # the name علي, not the preposition على (folded alike)
        if word in _STOP or word in self.verbs or word in _VERBS or word in _AS_OFFICE or word in _PREDICATIVE:
            return True  # ... كأول، أصبح: a predicate's word is no name's
        if word in _OFFICE_NOUNS or word in _ACT_NOUNS or self._present(word):
            return True  # تقلد منصب وزير، أصدر مرسوم: a noun of an office or act is no name word
        if word.startswith(("وال", "لل", "بال", "فال", "كال")) or (
            word[0] in "لب" and word.endswith("ات") and len(word) > 5
        ):
            return True  # a proclitic with the article (بالجهود) begins no name
        if word[0] in "وف" and (word[1:] in self.verbs or word[1:] in _STOP) and word not in _PARTICLES:
            return True  # وأعرب، فقال، وهو، وفي: a cue verb or a particle after its conjunction (not فيصل)
        if word[0] in "لب" and word[1:] in _STOP and len(word) > 3:
            return True  # لهذا، بهذه، لذلك: a demonstrative or particle after its preposition is no name word
        future = word.startswith(("سي", "ست")) and not word.endswith("ا")
        if future and (len(word) < 6 or not self.boundary(i + 1)) and (not titled or self._future(word)):
            return True  # ستزور، سيلتقي نظيره: a future verb; ينس ستولتنبرج، before punctuation: a name
        if self.mention_in(self.toks[i]) or word in _forms(_NOMINALS) or self.common_noun(i):
            return True  # a mention (بقصر الإليزيه: after its proclitic too), a description such as بلاده
        # a title word inside a lineage is the name's (اسماعيل ولد الشيخ أحمد)
        before = self.toks[i - 1].text if i > 0 else ""
        family = word in _FAMILY_TITLES and before in _GIVEN_NAMES  # حسن الشيخ: a family name, not a sheikh
        return word in _forms(TITLE_HEADS) and not (before in _CONNECTORS or family)

    def _present(self, word: str) -> bool:
        """A ي/ت word whose stem is a known past verb (يعقد: عقد، يترأس: ترأس): the present tense that opens a
        clause (يعقد سامح شكري وزير الخارجية), read backwards from a title it would join the name before it."""
        return len(word) > 3 and word[0] in "يت" and (word[1:] in self.verbs or word[1:] in _VERBS)

    def _future(self, word: str) -> bool:
        """A سي/ست word whose stem is a known verb, present (سيزور: يزور) or past (سيعقد: عقد)."""
        stem = word[2:]
        return any(w in self.verbs or w in _VERBS for w in (stem, "ي" + stem, "ت" + stem))

    def name_at(self, i: int, *, waw: bool = False, titled: bool = False) -> int | None:
        """Index of the last token of a 2-5 word name starting at ``i`` that a boundary follows, or None.

        An ال word belongs to a name after بن/عبد, or as the family name right after the first name (أحمد الشرع،
        عبد الفتاح البرهان); elsewhere it ends the name. A name begins with و only where ``waw`` allows it: right
        after a title, وانغ يي is a name, not و + a second name.
        After a complete title (``titled``: it ends in a body, a place or an adjective) any first name may take
        an ال family name (مندوب ليبيا لدى الأمم المتحدة طاهر السني).
        """
        if not self._opens_name(i, waw=waw, titled=titled):
            return None
        j = i
        # Three words at most, eight with connectors or particles (خالد بن سلمان بن عبد العزيز آل سعود، لولا دا
        # سيلفا): a longer run of bare words is a name and the clause's nouns (ليزا جونسون أوراق اعتمادها).
        joined = any(t.text in _CONNECTORS or t.text in _PARTICLES for t in self.toks[i + 1 : i + 4])
        regnal = False
        while j - i < (7 if joined else 2) and not self.boundary(j + 1):
            nxt = self.toks[j + 1].text
            given = j == i or (j == i + 1 and self.toks[i].text in _CONNECTORS)  # أحمد، عبد الفتاح
            # أحمد الشرع: an ال family name ends the name; a plural in ات (العلاقات) is no family name
            # after a complete title, any first word before a nisba-shaped one (طاهر السني; not صرف الدفعة), and
            # a nisba-shaped third word before a boundary (محمد شياع السوداني أن)
            loose = titled and nxt.endswith("ي")
            given = given or (loose and j == i + 1)
            opens = given and not self.boundary(j + 2) and self._object_opens(j + 2)  # only a given name's matters
            family = given and (self.boundary(j + 2) or opens) and not nxt.endswith("ات")
            family = family and (
                j > i or loose or self.toks[i].text in _GIVEN_NAMES or self.toks[i].text.startswith("عبد")
            )
            compound = nxt in NAME_ARTICLES  # نور الدين بوطرفة
            link = self._lineage_stop(i, j)
            if link is not None:
                j, regnal = link, True  # like a regnal ordinal, the lineage's last word ends the name
                break
            if nxt in _REGNAL and self.toks[j].text not in _CONNECTORS:
                j, regnal = j + 1, True  # محمد السادس، فيليبي السادس: a regnal ordinal ends a sovereign's name
                break
            if self.article(j + 1) and self.toks[j].text not in _CONNECTORS and (opens or not family) and not compound:
                j += int(family)  # البرهان ضرورة، الدبيبة بمدينة: the family name, then the clause's object
                break
            spared = nxt[0] == "ل" and (self._clause_end(j + 2) or joined)  # لين، / لولا دا سيلفا
            if nxt.startswith(("و", "ل")) and j > i and not spared and nxt not in _CONNECTORS:
                break  # X Y وZ, X Y لمناسبة: a coordinated or prepositional word after a two-word name ends it
            if _bi_noun(nxt) and j > i:
                break  # ماريو دراغي بثقة البرلمان: a preposition and a feminine noun after a two-word name
            j += 1
        # An ال word after two name words is the object of the clause (استقبل الرئيس X Y الوفد), not the name.
        ends = regnal or self.boundary(j + 1) or self.article(j + 1) or self.toks[j + 1].text.startswith(("و", "ل"))
        ends = ends or _bi_noun(self.toks[j + 1].text) or (self.article(j) and self._object_opens(j + 1))
        # الرئيس عون تحيات رؤساء دولهم: three bare words that run on into a noun with a pronoun suffix, or words
        # before a written number, are a noun phrase, no name (ميشال عيسى جولته: a name, then its object).
        run_on = j - i >= 2 and not joined and self._suffixed(j + 1) if j + 1 < len(self.toks) else False
        if (j + 1 < len(self.toks) and (self.toks[j + 1].text in _NUMBERS or run_on)) or self._accusative_pair(i, j):
            return None
        return j if j > i and ends else None

    def _opens_name(self, i: int, *, waw: bool, titled: bool) -> bool:
        """Token ``i`` may be a name's first word: no boundary (but the name علي written على), no ال word, no
        noun in ة or verbal noun, no و unless ``waw`` allows it."""
        first = self.toks[i].text if i < len(self.toks) else ""
        return not (
            (self.boundary(i, titled=titled) and not self._ali(i))
            or self.article(i)
            or self._feminine_noun(i)
            or self._act_noun(i)
            or (first.startswith("و") and not (waw and len(first) > 3))
        )

    def _object_opens(self, k: int) -> bool:
        """Token ``k`` after an ال family name opens the clause's object or a prepositional phrase: a noun in ة
        (البرهان ضرورة الالتزام) or ب and one (الدبيبة بمدينة طبرق), no third word of the name."""
        return k < len(self.toks) and (self._feminine_noun(k) or _bi_noun(self.toks[k].text))

    def _accusative_pair(self, i: int, j: int) -> bool:
        """Tokens ``i``..``j`` are two words, a noun in ا and a nisba in يا (مؤتمرا صحفيا، اتصالا هاتفيا): an
        indefinite object and its adjective in the accusative, written without tanween, after a title's
        verb; a name's second word rarely ends in يا after a first in ا."""
        if j != i + 1:
            return False
        first, second = (
            self.nt.original[self.nt.index[t.start] : self.nt.index[t.end - 1] + 1] for t in self.toks[i : j + 1]
        )
        return first.endswith("ا") and second.endswith("يا") and len(second) > 3

    def _feminine_noun(self, i: int) -> bool:
        """Token ``i`` is written with ta marbuta and is no common given name (خطة، ضرورة، حركة): after a title it
        is the clause's object (أعلن وزير المالية خطة إنقاذ), since foreign names are written with ا or ه."""
        tok = self.toks[i]
        if i + 1 < len(self.toks) and self.toks[i + 1].text in _LINKS:
            return False  # نورة بنت سعود: a word before a lineage link is a given name, whatever its ending
        return self.nt.original[self.nt.index[tok.end - 1]] == "ة" and tok.text not in _GIVEN_NAMES

    def _act_noun(self, i: int) -> bool:
        """Token ``i`` is shaped like a verbal noun, تفعيل (تشكيل، توقيع)، إفعال (إنشاء، إعلان) or افتعال/انفعال
        (اتفاق، انسحاب), or is a noun of an official act (قرار، مرسوم): after a title it opens the clause's
        object (أعلن وزير الدفاع تشكيل لجنة), not a name. ي or ا after the first letter (إيفان، ايفان) or a
        common given name (توفيق، إسحاق) keeps the word a name's."""
        tok = self.toks[i]
        if tok.text in _GIVEN_NAMES or tok.text in _ACT_NOUNS:
            return tok.text in _ACT_NOUNS
        written = self.nt.original[self.nt.index[tok.start] : self.nt.index[tok.end - 1] + 1]
        if len(written) not in (5, 6) or written[1] in "يا":
            return False
        tafil = written[0] == "ت" and len(written) == 5 and written[3] == "ي"
        ifal = written[0] == "إ" and len(written) == 5 and written[3] == "ا"
        iftial = written[0] == "ا" and written[-2] == "ا"
        return tafil or ifal or iftial

    def _ali(self, i: int) -> bool:
        """Token ``i`` is the name علي written على, as Egyptian copy has it (الدكتور على عبد العال): the
        preposition's spelling, read as the name where a name is expected and a given name or عبد follows."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i].text != "علي":  # a title may end the text: no token at i
            return False
        return toks[i + 1].text.startswith("عبد") or toks[i + 1].text in _GIVEN_NAMES

    def _lineage_stop(self, i: int, j: int) -> int | None:
        """Where a name ends when token ``j`` is the name after a lineage link (بن، بنت، آل، ولد): only another
        link or particle goes on, or an ال nisba family name before a boundary (عبد الله بن طوق المري); any other
        word is the clause's (فيصل بن سلمان أمير منطقة ...). None when ``j`` is no such name."""
        toks = self.toks
        if j == i or toks[j - 1].text not in _LINKS or toks[j].text in _CONNECTORS or self.article(j):
            return None
        nxt = toks[j + 1].text
        if nxt in _CONNECTORS or nxt in _PARTICLES:
            return None
        family = self.article(j + 1) and nxt.endswith("ي") and nxt not in _REGNAL and self.boundary(j + 2)
        return j + 1 if family else j

    def common_noun(self, i: int) -> bool:
        """Token ``i`` is written as a noun with a pronoun suffix (جولته، زيارتها، حكومتنا) or as an indefinite
        nisba in ية (عسكرية): words that are no part of a person's name. Short words in ته are names (روته)."""
        tok = self.toks[i]
        if len(tok.text) < 2:
            return True  # a letter on its own (ل "كوب") is no word of a name
        end = self.nt.index[tok.end - 1] + 1
        written = self.nt.original[self.nt.index[tok.start] : end]
        if self._suffixed(i):
            return True  # a pronoun suffix (اعتمادها، دولهم، حكومتنا)
        tail = self.nt.original[self.nt.index[tok.start] : end + 1]
        if any(mark in tail for mark in "\u064b\u064c\u064d"):
            return True  # tanween (رئيسًا، مجدداً): an indefinite noun or adverb, never a name
        # An indefinite nisba agreeing with the bare noun before it (قاعدة عسكرية); after a title or at the start
        # of a name a word in ية is a given name (نظيره التنزاني سامية حسن).
        before = self.toks[i - 1] if i > 0 else None
        agrees = before is not None and before.is_word and not self.article(i - 1)
        return agrees and written.endswith("ية") and not written.startswith("ال")

    def _suffixed(self, i: int) -> bool:
        """Token ``i`` is written with a pronoun suffix (اعتمادها، دولهم، جولته، حكومتنا); short words in ته are
        names (روته)."""
        tok = self.toks[i]
        written = self.nt.original[self.nt.index[tok.start] : self.nt.index[tok.end - 1] + 1]
        if written.endswith(("ها", "هم", "هما", "تنا")) or (written.endswith("ته") and len(written) > 4):
            return True
        # his pronoun (مكتبه، ينتخبه، ورافقه): a written ه ends no name word of five letters or more but عبدالله
        # and names in يه (خوسيه، جوزيه)
        # transliterated -ane names (كريستيانه) keep their ه
        return written.endswith("ه") and len(written) > 4 and not written.endswith(("له", "يه", "انه"))

    def _clause_end(self, i: int) -> bool:
        """Position ``i`` is the text's end or a punctuation mark: a ل word right before it ends a name (أورسولا
        فون دير لين،) rather than opening a prepositional phrase, which goes on after its ل word."""
        return i >= len(self.toks) or not self.toks[i].is_word

    def _name_word(self, j: int) -> bool:
        """Token ``j`` may be part of a name read backwards from a title (an ال word only after بن/عبد)."""
        tok = self.toks[j]
        if not tok.is_word or self.boundary(j):
            return False
        return not self.article(j) or (j > 0 and (self.toks[j - 1].text in _CONNECTORS or tok.text in NAME_ARTICLES))

    def article(self, j: int) -> bool:
        """Token ``j`` begins with the article ال as written: أليكسي، ألبرتو fold to ال but keep their hamza."""
        tok = self.toks[j]
        return tok.text.startswith("ال") and self.nt.original[self.nt.index[tok.start]] in "اٱ"

    def _family_after_given(self, k: int) -> bool:
        """Token ``k`` is an ال family name after a common given name (وحسب محمد الرعيض، عضو ...), read
        backwards from the title after it as the title rule reads one forwards (أيمن الصفدي)."""
        if k < 1 or not self.article(k) or self.toks[k - 1].text not in _GIVEN_NAMES or self.boundary(k):
            return False
        return self.toks[k].text.endswith("ي") or not _is_adjective(self.toks[k].text)

    def name_before(self, i: int) -> tuple[int, int] | None:
        """(first, last) token of a 2-5 word name right before title head ``i``, a comma between allowed
        (عباس عراقجي، وزير الخارجية الإيراني), that a boundary (a particle, a verb, punctuation) opens."""
        last = i - 1
        if last > 0 and self.toks[last].text in "،,":
            last -= 1
        elif self.article(i):
            return None  # إدارة الرئيس: a word right before a definite title is in construct with it
        if last < 0 or not (self._name_word(last) or self._family_after_given(last)):
            return None
        first = last - 1 if self._family_after_given(last) else last
        while first > 0 and last - first < 4 and self._name_word(first - 1):
            first -= 1
        opened = first == 0 or not self.toks[first - 1].is_word or self.boundary(first - 1)
        if last == i - 1 and first > 0 and self.toks[first - 1].is_word:
            # Without a comma, a verb or punctuation (د. بدر عبد العاطي وزير ...) opens such a name (قال خوان
            # ميغيل وزير الخارجية); after a particle the words are as likely the clause's (من جهة أخرى تطرق ...).
            opened = opened and self._verb(first - 1)
        return (first, last) if first < last and opened else None

    def _verb(self, k: int) -> bool:
        """Token ``k`` is a listed verb, bare or after و/ف (قال، وأكد، التقى), or its present tense (يعقد)."""
        word = self.toks[k].text
        bare = word[1:] if word[:1] in "وف" else word
        return any(w in self.verbs or w in _VERBS for w in (word, bare)) or self._present(bare)

    def _object_after_adjective(self, k: int) -> bool:
        """Token ``k`` holds a known place or body without ل right after a title's ال adjective: no construct
        follows an adjective, so it is the clause's, not the title's."""
        word, before = self.toks[k].text, self.toks[k - 1].text
        if word.startswith(("ال", "ل")) or before in _STOP or not _is_adjective(before):
            return False
        return self.in_tail(self.toks[k])

    def _object_after_definite(self, k: int) -> bool:
        """Token ``k`` is a known place or body written with its own article and no proclitic right after a
        definite word of a title (يزور رئيس الوزراء الهند، زار الرئيس الصين): a definite noun is in no
        construct, so the name is the clause's object; a nationality adjective in the same form (الخارجية
        السعودية) agrees with the noun and stays in the title."""
        word = self.toks[k].text
        if not self.article(k) or not self.article(k - 1) or adjective_base(word) in nationality_adjectives():
            return False
        span = self.mention_in(self.toks[k])
        return span is not None and span[0] == self.nt.index[self.toks[k].start] and self.in_tail(self.toks[k])

    def _genitive_at(self, k: int) -> bool:
        """Token ``k`` is a ل word (not لل) that no mention holds, before an ال word."""
        word = self.toks[k].text
        if not word.startswith("ل") or word.startswith("لل") or k + 1 >= len(self.toks):
            return False
        return self.article(k + 1) and not self.covered(self.toks[k])

    def _genitive_end(self, k: int) -> int:
        """Last token of ل-word ``k`` and the ال words after it (لدول الخليج العربية)."""
        while k + 1 < len(self.toks) and self.article(k + 1) and self.toks[k + 1].text not in _STOP:
            k += 1
        return k

    def _sent_to(self, i: int, k: int) -> bool:
        """Token ``k`` is لدى, or إلى or في after an envoy's head ``i`` (السفير الأميركي في لبنان), before a known
        place or body."""
        word = self.toks[k].text
        if word not in ("لدي", "الي", "في") or k + 1 >= len(self.toks) or not self.in_tail(self.toks[k + 1]):
            return False
        return word == "لدي" or _forms(TITLE_HEADS)[self.toks[i].text][1] in _ENVOYS

    def _second_head(self, j: int, definite: bool) -> bool:
        """Token ``j + 1`` is a definite title head after the ``definite`` head at ``j`` (استقبل الرئيس السفير
        الياباني): a definite head is in no construct, so the second begins the title of the verb's object."""
        word = self.toks[j + 1].text
        return definite and _forms(TITLE_HEADS).get(word, ("-",))[0] == "" and self.article(j + 1)

    def title_end(self, i: int) -> int:
        """Index of the last token of the title starting at head ``i`` (its ال words, tail words, mentions)."""
        j = i
        body = False
        head = _forms(TITLE_HEADS).get(self.toks[i].text, ("", ""))[1]  # د. is a head of its own (_abbreviation)
        definite = self.article(i) or head.startswith("ال")  # للرئيس too
        while j + 1 < len(self.toks):
            tok = self.toks[j + 1]
            word = tok.text
            if word == "ل" and j + 2 < len(self.toks):
                j += 1  # لـ"الناتو": the genitive ل written apart (with tatweel) before the body's name
                continue
            # not ورئيس (a second person's title) nor والوفد المرافق (a definite noun: the verb's second object)
            second = word.startswith("و") and not word.startswith("وال") and word not in _forms(TITLE_HEADS)
            if body and second and j + 2 < len(self.toks) and self.article(j + 2):
                j += 2  # مدير قطاع الشرق الأوسط وآسيا الوسطى: a second region or body of the title
                continue
            if body and word in _PORTFOLIO:
                j = self._genitive_end(j + 1)  # وكيل وزارة الخارجية للشؤون الإدارية: the office's portfolio
                continue
            if body and self._genitive_at(j + 1):
                j = self._genitive_end(j + 1)  # لمجلس التعاون لدول الخليج العربية: the body's full name
                continue
            if self._sent_to(i, j + 1):
                j += 1  # السفير الروسي لدى واشنطن: the place is the title's, read as the next token
                body = False
                continue
            if j == i and _forms(TITLE_HEADS).get(word, ("-",))[0] == "" and not self._second_head(j, definite):
                j += 1  # نائب وزير، معالي وزير، مساعد مدير: a head in construct with the next one
                continue
            if (
                j == i
                and definite
                and (
                    (not (self.article(j + 1) or word.startswith("ل")) and word not in _DEFINITE_TAIL)
                    or self._second_head(j, definite)
                )
            ):
                break  # a definite head is in no construct: الرئيس قاعدة حميميم is a verb's object after it
            tail = word in _TITLE_TAIL or (word[0] == "و" and word[1:] in _TITLE_TAIL)  # والهجرة وشئون المصريين
            # إليزابيث، ألبير fold to ال but are names: only a written article continues a title
            articled = word.startswith(("لل", "وال", "بال")) or (word.startswith("ال") and self.article(j + 1))
            if tok.is_word and (articled or tail or self.in_tail(tok)):
                if word in _STOP or word in _VERBS or (word.startswith(("و", "ل")) and word in _forms(TITLE_HEADS)):
                    break  # والرئيس الأمريكي: a second person's title; أن الملك التقى: the subject's verb
                if j > i and word in _NAMED_BY_TITLE:
                    break  # خادم الحرمين الشريفين الملك سلمان: a definite personal title begins the next link
                if body and not self.in_tail(tok) and word not in _TITLE_TAIL and word not in _DESCRIBING:
                    break  # أمين عام الناتو الدور القيادي: after the body's name, an ال word is the object
                if (j > i and self._object_after_adjective(j + 1)) or self._object_after_definite(j + 1):
                    break  # يزور وزير الخارجية الإيراني طهران: a place after the adjective is the verb's object
                body = body or self.in_tail(tok)
                j += 1
            elif word in '()"“”«»' and j + 2 < len(self.toks):
                j += 1
            else:
                break
        while j > i and not self.toks[j].is_word:
            j -= 1  # a closing bracket or quote after the last word is not the title's
        return j


def title_people(
    nt: NormalizedText, taken: list[tuple[int, int]], verbs: frozenset[str], tail: list[tuple[int, int]]
) -> list[RuleSpan]:
    """A name after a title (وزير الخارجية الإيراني عباس عراقجي) is a PER name; a title alone for one person
    (وزير الخارجية المصري، نظيره السعودي) is a PER description (NOM), as the guidelines say."""
    present = _TITLE_STARTS & words_of(nt)
    if not present:
        return []
    words = _Words(nt, taken, verbs, tail)
    found: list[RuleSpan] = []
    title_forms = _forms(TITLE_HEADS)
    i, appositive = 0, -1
    # Only the words the rule stops at are visited (any other word would only move i on by one).
    for at in [k for k, tok in enumerate(words.toks) if tok.text in present]:
        if at < i:
            continue
        i = at
        head = title_forms.get(words.toks[i].text) or _abbreviation(words, i)
        if head is None:
            i = _after_nisba(words, i, found)
            continue
        if _passed_over(words, head, i, found):
            i += 1
            continue
        end = words.title_end(i)
        k = end + 1
        while k < len(words.toks) and (words.toks[k].text in '،,:"“”«»()' or _abbreviated(words, head, i, k)):
            k += 1
        one = _one_word_at(words, head[1], i, end)
        if one is not None:
            tok = words.toks[one]  # الرئيس السيسي: the name is the title's ال word; الملكة رانيا، a bare one
            found.append(_span(nt, tok, tok, "", etype="PER", level="NAM", key=f"PER:{tok.text}"))
            i = one + 1
            continue
        # An indefinite head alone (رئيس مؤتمر المناخ) is in construct with the noun after it: no name there.
        definite = words.article(i) or head[1].startswith("ال")  # للملك: ل + الملك
        bare = end == i and k == i + 1 and not definite and head[1] not in _HONORIFICS | _COUNTERPARTS
        titled = end > i and (_is_adjective(words.toks[end].text) or words.in_tail(words.toks[end]))
        titled, royal = titled or (end == i and head[1] in _BEFORE_NAMES), end == i and head[1] in _ROYAL
        # after a comma, وX: a second person; after a royal title, a Gulf ruler's name may be longer
        last = None if bare else _gulf_name(words, k, words.name_at(k, waw=k == end + 1, titled=titled), royal)
        if last is None and k < len(words.toks) and words.covered(words.toks[k]) and not words.in_tail(words.toks[k]):
            i = k  # a known person's name follows the title: the name carries it
            continue
        if last is not None:
            first, stop = words.toks[k], words.toks[last]
            text = nt.norm[first.start : stop.end]
            found.append(_span(nt, first, stop, "", etype="PER", level="NAM", key=f"PER:{text}"))
            i = last + 1
            continue
        after_one = appositive == i - 1 or (appositive == i - 2 and words.toks[i - 1].text in "،,")
        if not head[0] and head[1] not in _COUNTERPARTS and (after_one or _apposition(words, i, found)):
            appositive = end  # ولي العهد رئيس مجلس الوزراء after a name: one apposition, then the next title
            i = end + 1  # a title after the name it describes is not a second mention (the guidelines' choice)
            continue
        description = _description(words, head, i, end, k)
        if description is not None:
            found.append(description)
        i = end + 1
    return found


def _gulf_name(words: _Words, k: int, last: int | None, royal: bool) -> int | None:
    """After a ``royal`` title, the longer of ``last``, the name read after it, and a Gulf ruler's name at ``k``
    (الدكتور سليم الجبوري: after any other title only ``last``)."""
    gulf = _gulf_chain(words, k) if royal and k < len(words.toks) else -1
    return gulf if gulf > (last if last is not None else -1) else last


# Endings of plurals and feminine nisbas (العلاقات، المعتمدين، السفراء، الدولية): no word of a man's name.
_PLURAL_OR_FEMININE = ("ات", "ين", "ون", "اء", "يه")


def _gulf_chain(words: _Words, k: int) -> int:
    """Last token of a Gulf ruler's name after a royal title, which names the father and grandfather without
    بن (الشيخ صباح الأحمد الجابر الصباح، الشيخ أحمد عبدالله الأحمد الصباح): a given name, perhaps a bare
    second one, then up to four ال words to a boundary; -1 when the words are not so shaped. صباح, elsewhere
    a time word, is a given name right after the title."""
    toks = words.toks
    if words.article(k) or words.covered(toks[k]) or (words.boundary(k) and toks[k].text != "صباح"):
        return -1
    if toks[k].text[0] in "لو":
        return -1  # بزيارة الملك لتعزز العلاقات: a verb or noun after its particle, no given name
    j = k + 1 if k + 1 < len(toks) and not words.article(k + 1) and not words.boundary(k + 1) else k
    start = j
    while j + 1 < len(toks) and j - start < 4 and words.article(j + 1) and not words.boundary(j + 1):
        if toks[j + 1].text in nationality_adjectives() or toks[j + 1].text.endswith(_PLURAL_OR_FEMININE):
            return -1  # الأمير محمد الوفد السعودي، العلاقات، السفراء المعتمدين: the clause's object, no family name
        if toks[j + 1].text in _REGNAL:
            return -1  # الملك هارالد الخامس: a regnal ordinal ends the name (name_at reads it)
        j += 1  # a title (الشيخ محمد الرئيس) or a day (صباح الأحمد الإثنين) is a boundary and ends the name
    if j == start or (j + 1 < len(toks) and not words.boundary(j + 1) and not toks[j + 1].text.startswith("و")):
        return -1
    # one ال word after one given name is name_at's (الأمير خالد الفيصل); this reading is for longer names
    return j if j - start >= 2 or start > k or toks[k].text == "صباح" else -1


def _abbreviation(words: _Words, i: int) -> tuple[str, str] | None:
    """The doctor's title abbreviated (د. بدر عبد العاطي): the letter with its full stop is a title head; not a
    title word elsewhere, since its proclitic forms are words (ولد)."""
    toks = words.toks
    return ("", "د") if toks[i].text == "د" and i + 1 < len(toks) and toks[i + 1].text == "." else None


def _abbreviated(words: _Words, head: tuple[str, str], i: int, k: int) -> bool:
    """Token ``k`` is the full stop right after an abbreviated title (د.), which the name follows."""
    return k == i + 1 and head[1] == "د" and words.toks[k].text == "."


_CHARGE = _norm_set(["القائم"])
# Heads that are also the adjective of the definite noun before them (التحرك الدبلوماسي الكويتي): no diplomat.
_ALSO_ADJECTIVES = _norm_set(["الدبلوماسي"])
_AFFAIRS = _norm_set(["بأعمال", "بالأعمال"])


def _passed_over(words: _Words, head: tuple[str, str], i: int, found: list[RuleSpan]) -> bool:
    """Head ``i`` opens no title of its own: it lies in a mention, it is an honorific before a title (سمو وزير
    الخارجية), or it names someone by another's title (مساعد الرئيس الروسي: the president is a person of his
    own, read as the next title; a name before the adviser's title is still read)."""
    if words.covered(words.toks[i]) or (head[1] in _HONORIFICS and _title_follows(words, i + 1)):
        return True
    if head[1] in _CHARGE and (i + 1 >= len(words.toks) or words.toks[i + 1].text not in _AFFAIRS):
        return True  # الوضع القائم في المنطقة: "existing", a chargé d'affaires only with بأعمال
    if head[1] in _ALSO_ADJECTIVES and not head[0] and i > 0 and words.article(i - 1):
        before = words.toks[i - 1]
        return not words.covered(before) and before.text not in _forms(TITLE_HEADS)  # العمل الدبلوماسي العربي
    if head[1] in _RELATIONAL and i + 1 < len(words.toks) and words.article(i + 1) and _title_follows(words, i + 1):
        if not head[0]:
            _apposition(words, i, found)  # X، مستشار الرئيس: the name before is the adviser's
        return True
    return False


def _description(words: _Words, head: tuple[str, str], i: int, end: int, k: int) -> RuleSpan | None:
    """The title from head ``i`` to ``end`` standing alone for one person (PER NOM), or None when it is cut
    before its body (وزير خارجية), leads to another title, or sits after a proclitic that is no preposition, a
    copula or an ordinal (هو المدير العام، أصبح المدير العام، كأول مدير عام): a predicate names no one."""
    before = words.toks[i - 1].text if i > 0 else ""
    if not head[0] and (before in _PREDICATIVE or (before[:1] in "وف" and before[1:] in _PREDICATIVE)):
        return None
    if head[1] in _RANKS:
        return None  # الفريق الطبي، المقدم: a rank word without its name is a team or a presenter, no officer
    cut = next((j for j in range(i + 1, end + 1) if words.toks[j].text in _PORTFOLIO), end + 1)
    end = cut - 1  # الأمين العام للأمم المتحدة للشؤون الإنسانية: the portfolio is the post's, not the holder's
    while end > i + 1 and words.toks[end].text in _ORG_END | _LATE:
        end -= 1  # الرئيس الإيراني الراحل: the description is الرئيس الإيراني
    described = _is_adjective(words.toks[end].text) or words.in_tail(words.toks[end])
    # وزير الخارجية، الأمين العام alone: a complete office (not وزير خارجية, cut before its country)
    complete = end == i + 1 and words.article(end) and (head[1] in _MINISTER or words.toks[end].text == "العام")
    # ولي العهد، خادم الحرمين الشريفين: offices of one person; الرئيس، الملك alone: the one the text is about
    one_holder = (  # not ولي الأمر; and the head may end the text
        head[1] in _ONE_HOLDER and i + 1 < len(words.toks) and words.toks[i + 1].text in ("العهد", "عهد", "الحرمين")
    )
    complete = complete or (end > i and one_holder) or (end == i and head[1] in _NAMED_ALONE)
    if not (end > i or complete) or head[0] not in ("", "و", "ل", "ب", "ف") or _title_follows(words, k):
        return None
    if not (described or complete):
        return None
    nt, first, stop, pro = words.nt, words.toks[i], words.toks[end], head[0]
    key = f"PER:{nt.norm[first.start + len(pro) : stop.end]}"
    return _span(nt, first, stop, pro, etype="PER", level="NOM", key=key)


def _after_nisba(words: _Words, i: int, found: list[RuleSpan]) -> int:
    """Names no title opens (returns where to read on): after a nationality adjective standing for a person
    (عيّن السويدي هانز جروندبرج، خلفا للبريطاني مارتن غريفيث), after برئاسة/بقيادة (حكومة الوحدة برئاسة
    عبدالحميد الدبيبة), and a common given name with a regnal ordinal (محمد السادس)."""
    toks = words.toks
    if i + 1 >= len(toks) or not toks[i + 1].is_word:
        return i + 1  # a name follows, or nothing is read here
    regnal = toks[i].text in _GIVEN_NAMES and toks[i + 1].text in _REGNAL
    pro_word = _forms(_PERSON_NISBAS).get(toks[i].text)
    nisba = pro_word is not None and pro_word[0] in ("", "ل") and not _agrees(words, i)
    if not (regnal or nisba or toks[i].text in _LED_BY) or words.covered(toks[i]):
        return i + 1  # the cheap tests first: most words are none of these, or the adjective of a noun
    if regnal:
        found.append(_span(words.nt, toks[i], toks[i + 1], "", etype="PER", level="NAM", key=f"PER:{toks[i].text}"))
        return i + 2
    k = i + 1
    while k < len(toks) and toks[k].text == toks[i].text:
        k += 1  # البريطاني البريطاني مارتن: a word written twice
    last = words.name_at(k, titled=True) if k < len(toks) and not words.covered(toks[k]) else None
    if last is None or words.article(k):
        return i + 1
    first, stop = toks[k], toks[last]
    key = f"PER:{words.nt.norm[first.start : stop.end]}"
    found.append(_span(words.nt, first, stop, "", etype="PER", level="NAM", key=key))
    return last + 1


def _one_word_at(words: _Words, head: str, i: int, end: int) -> int | None:
    """Index of a one-word name the title from ``i`` to ``end`` ends in or is followed by, or None."""
    if _article_name(words, head, i, end):
        return end
    return end + 1 if _one_word_name(words, head, i, end) else None


def _article_name(words: _Words, head: str, i: int, end: int) -> bool:
    """The one ال word after a definite title is a family name (الرئيس السيسي، الرئيس الأسد بتقديم): shaped
    like an adjective or not, it is no country's adjective, no word of an office, no known mention, and no
    name follows it (a preposition word, بتقديم، is no name)."""
    if head not in _NAMED_BY_TITLE or end != i + 1:
        return False
    word = words.toks[end].text
    if word in _OFFICE_ADJECTIVES or word in _TITLE_TAIL or words.in_tail(words.toks[end]) or not words.article(end):
        return False
    if not word.endswith("ي") or word in nationality_adjectives() or word in _VERBS:
        return False  # أن الملك التقى في: a listed verb in ال (التقى) is the clause's, no family name
    nxt = end + 1
    return words.name_at(nxt) is None or words.toks[nxt].text.startswith(("ب", "ل"))


def _agrees(words: _Words, i: int) -> bool:
    """The adjective at ``i`` agrees with the definite noun before it (الجانب الأميركي، المنظمة الدولية): it
    describes that noun and stands for no person (المنظمة الدولية البريطاني: a masculine one after a feminine
    noun does)."""
    before = words.toks[i - 1] if i > 0 else None
    if before is not None and before.text in "-–" and i > 1 and _is_adjective(words.toks[i - 2].text):
        return True  # الوساطة المصرية - القطرية: a compound adjective
    definite = before is not None and (words.article(i - 1) or before.text.startswith(("وال", "بال", "لل", "فال")))
    if before is None or not definite or before.text in _STOP:
        return False
    # السلطات المصرية: a plural in ات takes a feminine adjective
    return before.text.endswith(("ه", "ات")) == words.toks[i].text.endswith("ه")


def _one_word_name(words: _Words, head: str, i: int, end: int) -> bool:
    """One bare word between a definite personal title and punctuation is a name (والملكة ليتيزيا،), and a
    common given name before a particle (الملك فهد على)."""
    k = end + 1
    if head not in _NAMED_BY_TITLE or end != i or k + 1 >= len(words.toks):
        return False
    after, word = words.toks[k + 1], words.toks[k].text
    # a royal title is followed by a given name, so one word before a particle or verb is one (الملك سلمان أن);
    # not an accusative noun or a noun with his pronoun (استقبل الملك وفدا من، ضيفه في)
    tok = words.toks[k]
    accusative_or_his = words.nt.original[words.nt.index[tok.end - 1]] in "اه"  # وفدا، ضيفه (not حمزة)
    plain = not accusative_or_his and word[0] not in "لبوف"  # لزيارة الملك لتمر في: a verb after ل
    royal = head in _ROYAL and plain and (after.text in _STOP or words._verb(k + 1))
    if after.is_word and not (after.text in _STOP and word in _GIVEN_NAMES) and not royal:
        return False
    if word.startswith(("سي", "ست")) and after.text in ".!?؟":
        return False  # إن الرئيس سيسافر.: a future verb ends the sentence; a name after a title goes on
    if _predicate_slot(words, i, k) and word not in _GIVEN_NAMES and _past_verb_shaped(word):
        return False  # أن الرئيس سافر إلى: the subject's verb, not a family name
    return not (words.boundary(k) or words.article(k) or words.toks[k].text in _AS_OFFICE)


# Complementisers after which a clause opens with its subject (أن الرئيس سافر): the word after that subject is
# its predicate.
_SUBJECT_OPENERS = _norm_set(["أن", "إن", "بأن", "لأن", "وأن", "وإن", "فإن", "كأن"])


def _predicate_slot(words: _Words, i: int, k: int) -> bool:
    """The definite title at ``i`` is a clause's subject (after a complementiser, or opening the text or a
    sentence) and token ``k`` right after it ends that clause or comes before a particle (أن الرئيس سافر إلى،
    أن الملك غادر.): the predicate's slot, where a bare word is a verb unless it is a common given name."""
    before = words.toks[i - 1] if i > 0 else None
    opens = before is None or before.text in _SUBJECT_OPENERS or before.text in ".!?؟"
    after = words.toks[k + 1] if k + 1 < len(words.toks) else None
    return opens and k == i + 1 and (after is None or after.text in _STOP or after.text in ".!?؟")


def _past_verb_shaped(word: str) -> bool:
    """``word`` (normalised) has the shape of a derived past-tense verb that a name seldom has: فاعل (سافر،
    حاول، تابع), تفعّل (تحدث) and تفاعل (تبادل), انفعل and افتعل (انسحب، اجتمع), استفعل (استقبل). The shapes
    are the derived forms III, V-VIII and X as the public grammar "A Hundred and One Rules in Arabic Grammar"
    tables them (shiavault/shiavault-library, rule 65: فاعل، تفعّل، تفاعل، انفعل، افتعل، استفعل); فاعل is also
    the active participle many given names have, so callers exempt the common ones (_GIVEN_NAMES)."""
    n = len(word)
    form3 = n == 4 and word[1] == "ا"
    form5_6 = word[0] == "ت" and ((n == 4 and word[1] not in "اوي") or (n == 5 and word[2] == "ا"))
    form7_8 = n == 5 and word[0] == "ا" and (word[1] == "ن" or word[2] in "تطد")
    return form3 or form5_6 or form7_8 or (n == 6 and word.startswith("است"))


def _place_after_bi(words: _Words, k: int) -> bool:
    """Token ``k`` is ب and a known place or body (بجمهورية العراق): where the office is, inside the chain."""
    span = words.mention_in(words.toks[k])
    return span is not None and any(s == span[0] for s, _ in words.tail)


def _title_follows(words: _Words, k: int) -> bool:
    """Another title starts at ``k``, or after في and a body (رئيسة اللجنة في الاتحاد الأوروبي السيدة ...): the
    first title is part of the chain that leads to a name, not a description on its own."""
    toks = words.toks
    if k < len(toks) and toks[k].text == "في" and k + 1 < len(toks) and words.in_tail(toks[k + 1]):
        k = words.mention_end(k + 1) + 1
    elif k < len(toks) and toks[k].text.startswith("ب") and _place_after_bi(words, k):
        k = words.mention_end(k) + 1  # رئيس مجلس النواب بجمهورية العراق الدكتور ...
    # a head after و (ورئيس الوزراء) is a second person's title, not the next link of this chain
    return k < len(toks) and _forms(TITLE_HEADS).get(toks[k].text, ("و",))[0] not in ("و", "ل")


def _apposition(words: _Words, i: int, found: list[RuleSpan]) -> bool:
    """The title at ``i`` follows the person's name (a known one, one found already, or a name read backwards,
    which is added to ``found``): الأمير فيصل بن فرحان وزير الخارجية، عباس عراقجي، وزير الخارجية الإيراني."""
    toks, nt = words.toks, words.nt
    prev = i - 2 if i > 1 and toks[i - 1].text in "،," else i - 1
    if prev < 0:
        return False
    at = nt.index[toks[prev].start]
    if (words.covered(toks[prev]) and not words.in_tail(toks[prev])) or any(
        f.start <= at < f.end and f.level == "NAM" for f in found
    ):
        return True
    span = words.name_before(i)
    if span is None:
        return False
    first, last = toks[span[0]], toks[span[1]]
    # وفيصل بن فرحان after a comma: the و joins the second person to the first, it is not his name's.
    comma = span[0] > 0 and toks[span[0] - 1].text in "،,"
    pro = "و" if comma and first.text.startswith("و") and len(first.text) > 3 else ""
    key = f"PER:{nt.norm[first.start + len(pro) : last.end]}"
    found.append(_span(nt, first, last, pro, etype="PER", level="NAM", key=key))
    return True


def organisations(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A body named by its kind and genitive chain (وزارة الخارجية الإيرانية، حزب العدالة والتنمية) is ORG.

    The chain runs over ال words (and و+ال inside a name); a bare head with nothing after it is not a name.
    A common noun with a nationality adjective (الحكومة الألمانية، السفارة الأمريكية) is a description (NOM).
    """
    found: list[RuleSpan] = []
    for words, i, head in heads_in(nt, taken, ORG_HEADS, last=True):
        tok = words.toks[i]
        if (found and nt.index[tok.start] < found[-1].end) or tok.text in _LED_BY:
            continue  # برئاسة: "chaired by", not the presidency
        pro, word = head
        j = _org_end(words, i)
        spokesman = word == "الخارجيه" and i > 0 and words.toks[i - 1].text == "باسم" and j == i
        if (
            not spokesman
            and word == "الخارجيه"
            and (j == i or not words.toks[j].text.endswith("يه") or _after_minister(words, i))
        ):
            continue
        national = adjective_base(words.toks[j].text) in nationality_adjectives()
        nominal = word in _NOMINAL_ORG_HEADS or (word in _FORCES and national)
        if word in _NOMINAL_ORG_HEADS:
            described = _described_end(words, i)  # الحكومة الألمانية، الإدارة السورية الجديدة، الإدارة الحالية
            if described is None:
                continue
            j = described
        if word in _PURPOSE_ONLY and not any(t.text.startswith("لل") for t in words.toks[i + 1 : j + 1]):
            continue  # الهيئة العامة alone is a description; with its purpose (للسياحة) a name
        if word in _BY_PLACE_ONLY and not _place_named(words, i):
            continue  # لواء متقاعد، حرس الشرف: no place after the head, no body of this kind's name
        if (j > i or spokesman) and (word != "المجلس" or j - i >= 2):
            first, last = words.toks[i], words.toks[j]
            level = "NOM" if nominal or (word == "الخارجيه" and j - i > 1) else "NAM"
            key = f"ORG:{nt.norm[first.start + len(pro) : last.end]}"
            found.append(_span(nt, first, last, pro, etype="ORG", level=level, key=key))
    return found


def _org_end(words: _Words, i: int) -> int:
    """Index of the last token of the body named from head ``i``: its ال words, then, once, a known body or
    place it belongs to (اللجنة العسكرية للناتو), or a news agency's name: up to للأنباء (وكالة مهر للأنباء), or
    a known agency's name right after وكالة."""
    toks = words.toks
    if toks[i].text.endswith("وكاله"):
        agency = next((k for k in range(i + 2, min(i + 5, len(toks))) if toks[k].text == "للانباء"), None)
        if agency is not None and all(toks[k].is_word and not words.covered(toks[k]) for k in range(i + 1, agency)):
            return agency
        if i + 1 < len(toks) and words.covered(toks[i + 1]) and not toks[i + 1].text.startswith("ل"):
            return words.mention_end(i + 1)  # وكالة فرانس برس: the agency word belongs to a known agency's name
        if i + 2 < len(toks) and toks[i + 1].text == "انباء" and toks[i + 2].is_word:
            return _news_agency_end(words, i + 2)
    if _place_named(words, i):
        return words.mention_end(i + 1)  # شرطة دبي، جامعة القاهرة: the place ends the body's name
    council = _forms(ORG_HEADS)[toks[i].text][1] in COUNCILS and i + 1 < len(toks) and toks[i + 1].text[0] != "ل"
    if council and words.covered(toks[i + 1]) and not words.covered(toks[i]):  # not مجلس الأمن itself
        return words.mention_end(i + 1)  # مجلس جامعة الدول العربية: a known body's council, the body nested
    j = i
    # A definite head is in no construct: what follows it in its name is an adjective (الوكالة الدولية، المجلس
    # الأعلى), and a definite noun after it is the clause's (مفتشي الوكالة المنشآت النووية: the object).
    definite = _forms(ORG_HEADS)[toks[i].text][1].startswith("ال")
    while j + 1 < len(toks):
        tok = toks[j + 1]
        if tok.text in _ORG_END or tok.text in _STOP or tok.text in TITLE_HEADS:
            break
        if j > i and tok.text.startswith("ل") and words.mention_in(tok):
            return _purpose_end(words, i, words.mention_end(j + 1))  # ... للأمم المتحدة لشؤون اللاجئين
        if not (tok.text.startswith("ال") or (tok.text.startswith("وال") and j == i + 1)):
            break
        # After an adjective only adjectives follow (منظمة العفو الدولية الهجمات: the last is the object).
        adjectives = definite or (j > i and toks[j].text.startswith("ال") and toks[j].text.endswith(("ي", "يه")))
        if adjectives and not definite and _second_portfolio(words, tok, j - i):
            j += 1  # وزارة الخارجية والمغتربين: a ministry's second portfolio, then its adjectives only
            continue
        if adjectives and not (_adjectival(tok) if definite else _is_adjective(tok.text)):
            break
        if definite and toks[i].text.endswith("ه") and tok.text.endswith("ي"):
            break  # المنظمة الدولية البريطاني: a feminine head takes no masculine adjective; it is the object
        j += 1
    return _purpose_before_acronym(words, i, j) if j > i else j


def _place_named(words: _Words, i: int) -> bool:
    """Head ``i`` is one of PLACE_BODIES and a mention begins right at the next token, with no proclitic (شرطة
    دبي; not شرطة لدبي): the body is named by it. Whether that mention is a place the caller knows by its type."""
    toks = words.toks
    if i + 1 >= len(toks) or _forms(ORG_HEADS)[toks[i].text][1] not in PLACE_BODIES:
        return False
    span = words.mention_in(toks[i + 1])
    return span is not None and span[0] == words.nt.index[toks[i + 1].start]


def _second_portfolio(words: _Words, tok: Tok, after: int) -> bool:
    """``tok`` is a وال noun right after a bare head's first adjective-shaped word (وزارة الخارجية والمغتربين،
    وزارة الداخلية والبلديات): a second portfolio of one body, unless it is a body or mention of its own
    (وزارة الخارجية والسفارة الأمريكية: two bodies)."""
    if after != 1 or not tok.text.startswith("وال") or words.covered(tok) or tok.text[1:] in _forms(ORG_HEADS):
        return False
    return tok.text[1:] not in _forms(TITLE_HEADS) and tok.text[1:] not in _STOP


_BRACKETS = frozenset('("“«')
# Bodies whose name says what they are for (الهيئة العامة للسياحة، المنظمة الدولية للهجرة، مفوضية ... لشؤون
# اللاجئين); a ministry, council, government or party is named without it, so ل after one is the clause's.
_PURPOSE_HEADS = _norm_set(["منظمة", "هيئة", "مفوضية", "وكالة", "صندوق", "مؤسسة", "لجنة"])
_PURPOSE_HEADS |= frozenset("ال" + h for h in _PURPOSE_HEADS)
# ل words after a body that say how or to whom, not what for (للمرة الأولى، للصحفيين).
_PURPOSE_ONLY = _norm_set(["الهيئة", "المؤسسة"])
_NOT_PURPOSE = _norm_set(["للمرة", "للغاية", "للتو", "للحظة"])
_ITS_AFFAIRS = _norm_set(["لشؤون", "لشئون"])


def _purpose_end(words: _Words, i: int, j: int) -> int:
    """Last token of the purpose after a body's name ending at ``j`` that ends in an adjective: لل + noun, its
    adjectives and a noun coordinated by وال (للسياحة والآثار), or لشؤون + its ال words; ``j`` when none."""
    toks = words.toks
    head = _forms(ORG_HEADS)[toks[i].text][1]
    k = j + 1
    if head not in _PURPOSE_HEADS or k + 1 >= len(toks) or words.covered(toks[k]) or toks[k].text in _NOT_PURPOSE:
        return j
    if not (_adjectival(toks[j]) or words.covered(toks[j])):
        return j
    if toks[k].text in _ITS_AFFAIRS and words.article(k + 1):
        return words._genitive_end(k)  # مفوضية الأمم المتحدة السامية لشؤون اللاجئين
    if not toks[k].text.startswith("لل") or toks[k].text.endswith(("ين", "ون")):
        return j
    while k + 1 < len(toks) and toks[k + 1].text.startswith(("ال", "وال")) and toks[k + 1].text not in _STOP:
        if words.covered(toks[k + 1]) or (toks[k + 1].text.startswith("و") and k > j + 1):
            break
        k += 1
    return k


def _purpose_before_acronym(words: _Words, i: int, j: int) -> int:
    """A body's name may end in what it is for, ل + an ال noun and its adjectives (منظمة الدول المصدرة للنفط،
    الصندوق الدولي للتنمية الزراعية); that is read as the name's only when its acronym follows in brackets or
    quotes ("أوبك"), since a ل phrase after a body is most often the clause's (مجلس الأمن للتصويت)."""
    toks = words.toks
    k = j + 1
    if k >= len(toks) or not toks[k].text.startswith("لل") or words.covered(toks[k]):
        return _purpose_end(words, i, j)
    while k + 1 < len(toks) and toks[k + 1].text.startswith("ال") and _adjectival(toks[k + 1]):
        k += 1
    opened = k + 2 < len(toks) and toks[k + 1].text in _BRACKETS and toks[k + 2].is_word
    return k if opened else _purpose_end(words, i, j)


def nominals(nt: NormalizedText, taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """Descriptions the guidelines annotate on their own (NOM): a country as المملكة or بلاده/بلادنا (GPE), a
    body as الحكومة، الوزارة، الصندوق، الوكالة، الحلف (ORG) when no name follows (the longer name wins)."""
    found: list[RuleSpan] = []
    for words, i, head in heads_in(nt, taken, _NOMINALS, last=True):
        toks, tok = words.toks, words.toks[i]
        if words.covered(tok) or tok.text in _TITLE_TAIL:
            continue  # بالوكالة after a title is "acting", not the agency
        if i + 1 < len(toks) and words.article(i + 1) and toks[i + 1].text not in _STOP and _adjectival(toks[i + 1]):
            continue  # الوكالة الدولية: a name goes on (organisations); الوكالة المنشآت: the clause's noun
        pro, word = head
        etype = "GPE" if word in _NOMINAL_PLACES else "ORG"
        found.append(_span(nt, tok, tok, pro, etype=etype, level="NOM", key=f"{etype}:{word}"))
    return found


def _news_agency_end(words: _Words, k: int) -> int:
    """Last token of a news agency's name that starts at ``k`` after وكالة أنباء: a known place or body
    (وكالة أنباء الشرق الأوسط، وكالة أنباء الإمارات), its ال words, or one bare word (وكالة أنباء فارس)."""
    toks = words.toks
    if words.covered(toks[k]):
        return words.mention_end(k)
    j = k
    while words.article(j) and j + 1 < len(toks) and words.article(j + 1) and toks[j + 1].text not in _STOP:
        j += 1
    return j


def _described_end(words: _Words, i: int) -> int | None:
    """Last token of a body named by a common noun and its adjectives (one or two: a nisba, or a word such as
    الجديدة، الحالية that describes the body), or None when no adjective follows the noun."""
    toks, j = words.toks, i
    while j + 1 < len(toks) and j - i < 2:
        word = toks[j + 1].text
        if words.covered(toks[j + 1]) and adjective_base(word) not in nationality_adjectives():
            break  # a known mention ends it, but for a country named like its adjective (الحكومة السعودية)
        if word in _STOP or not (_is_adjective(word) or word in _DESCRIBING):
            break  # السفارة الأمريكية التي: a relative pronoun ends the description
        j += 1
    return j if j > i else None


def _adjectival(tok: Tok) -> bool:
    """An ال word shaped like an adjective (الدولية، الأعلى، الأوروبي، المتحدة، العليا), not like a plural noun."""
    return tok.text.endswith(("ي", "ه", "يين", "يون")) or tok.text in _ELATIVES


_ELATIVES = _norm_set(["العليا", "الدنيا"])  # feminine elatives in ا (المفوضية العليا، المحكمة العليا)


def _after_minister(words: _Words, i: int) -> bool:
    return i > 0 and words.toks[i - 1].text in ("وزير", "وزيره", "الوزير")


LINEAGE = _norm_set(["بن", "بنت", "آل"])


def lineage_end(nt: NormalizedText, end: int) -> int:
    """The end of a known person's name read on through its lineage (محمد بن سلمان + بن عبدالعزيز آل سعود):
    بن/بنت/آل and the bare word after each, up to three links."""
    toks = tokens(nt)
    at = next((k for k, t in enumerate(toks) if nt.index[t.start] >= end), len(toks))
    last = None
    while at + 1 < len(toks) and toks[at].text in LINEAGE and toks[at + 1].is_word and at - (last or at) < 6:
        nxt = toks[at + 1].text
        if nxt in _STOP or nxt in _VERBS or (nxt.startswith("ال") and nxt not in NAME_ARTICLES):
            break
        last = at + 1
        if nxt in ("عبد", "ابو") and last + 1 < len(toks) and toks[last + 1].text.startswith("ال"):
            last += 1  # بن عبد الرحمن
        at = last + 1
    return end if last is None else nt.span(toks[last].start, toks[last].end)[1]


def propagate(nt: NormalizedText, people: list[RuleSpan], taken: list[tuple[int, int]]) -> list[RuleSpan]:
    """A surname alone after the full name found by a rule is the same person (عباس عراقجي ... عراقجي).

    Only occurrences after the full name count: before it, the word may name someone or something else."""
    found: list[RuleSpan] = []
    spans = list(taken)
    for person in people:
        if person.level != "NAM":
            continue
        name = nt.normalized(person.start, person.end).split()
        surname = name[-1]
        if len(surname) < 3 or surname in _STOP or len(name) < 2:
            continue
        pattern = re.compile(rf"(?<!\w)({'|'.join(_PROCLITICS)})?{re.escape(surname)}(?!\w)")
        for hit in pattern.finditer(nt.norm):
            pro = hit.group(1) or ""
            start, end = nt.span(hit.start() + len(pro), hit.end())
            if start < person.end:
                continue  # a lone word before the full name could be anyone
            if any(s < end and start < e for s, e in spans):
                continue
            written = nt.original[nt.index[hit.start()] : start]
            found.append(RuleSpan(start, end, "PER", "NAM", written if pro and written == pro else None, person.key))
            spans.append((start, end))
    return found

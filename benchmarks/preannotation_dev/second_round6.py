"""An independent second annotation of the sixth-round sentences (ood-256 to ood-326), for inter-annotator agreement.

Same span format as spec.py and second_round5.py: (span text, entity type, level[, occurrence]); offsets are found
by build.py's own functions (``python benchmarks/preannotation_dev/agreement.py 6``), never written by hand.
Annotated by an AI assistant from the sentence texts alone (printed by a small script of its own from
``build.SENTENCES``, ids and texts only), by docs/guidelines.md section 1 and the choices in README.md, including
the fifth round's decisions and the sixth round's written decisions, which both annotators share (so the agreement
measured is agreement under shared choices, not a test of those choices). The annotator did not read spec.py's
mentions or sentences.jsonl for ood-256 onwards, nor the sixth-round commits' diffs, and did not run the
pre-annotator or read its rules, reports or output; it read the gold of ood-001 to ood-255 for precedent and the
corpus gold's AGREEMENT and FAC spans.

Where the guidelines, the README's choices and the earlier gold were silent, this annotation decided:
- «منطقة الساحل», «منطقة كشمير» → only «الساحل», «كشمير» (as «منطقة الشرق الأوسط» → «الشرق الأوسط»), but the
  Madinah region keeps «منطقة» («منطقة المدينةالمنورة»: the emirate is named so, not the city);
- «مجموعة "افتا"», «منظمة «أوبك»», «منظمة أوبك» are one NAM span with their head noun, as «مجموعة “بريكس”»;
  «مجموعة أوبك+» and «الآسيان زائد ثلاثة» nest no «أوبك+» / «الآسيان», as «مجموعة دول بريكس» nests nothing;
- «دول أوبك+ ال23», «دول منظمة أوبك», «بلدان منظمة الدول المصدرة للنفط», «دول أمريكا اللاتينية», «دول العالم»
  (like «دول القارة») are `NORP` `NOM` with the body or region inside a mention of its own; OPEC+'s non-OPEC
  members named by a role («حلفائها من الدول خارج المنظمة», «الدول المنتجة من خارجها») are not mentions (as
  «حلفائها»), while «10 دول اعضاء من خارج المنظمة» is (by the written choice); the three Sahel states listed in
  brackets («دول مالي والنيجر وبوركينا فاسو») are three `GPE`s and no group; «المجتمع الدولى» is no mention;
- an agreement's name nests no place («ميثاق ليبتاكو – جورما»), as the corpus gold nests none in «اتفاقيات مينسك»
  or «صيغة أستانا», but nests an organisation in the genitive («اتفاقية الأمم المتحدة الإطارية ...» ⊃ «الأمم
  المتحدة», as «ميثاق الأمم المتحدة»); «UNFCCC» is the same `AGREEMENT` `NAM`;
- names inside an event's name are mentions of their own («قمة كوريا والآسيان» → «كوريا», «الآسيان», as «قمة
  المنامة» → «المنامة»), though the summit itself is not;
- a description is cut before a prepositional modifier that only locates it («المجلس العسكري الحاكم» in مالي, as
  «البعثة الأممية» was kept in the fifth round's adjudication), but keeps its adjectives and demonstrative («هذا
  التحالف العسكري الخماسي», as «هذه الخطة»); a descriptive committee name is kept whole as `ORG` `NAM` («اللجنة
  العربية المكلفة بالتحرك السياسي لدعم القضية الفلسطينية»);
- a weekday and a date separated by a comma («الثلاثاء،  9 سبتمبر 2025») are two `DATE`s; «منتصف», «نهاية» before a
  month or year stay outside the `DATE`;
- a predicate or «as» role («هو المدير العام لمنظمة الصحة العالمية», «كأول مدير عام أفريقي», «ثلاث دول»,
  «27 دولة») is no mention, the organisation inside it still is; «الأراضي المالية» is no mention, as «الأراضي
  السورية» in ood-012; the WHO's «المنطقة الإفريقية» is `LOC` `NOM` like «القارة الأفريقية»; a seat or office
  («مقر مكتبه», «مقر رئاسة الجمهورية», «مقر البرلمان الروسي», «المطار») is `FAC` `NOM`; «العاصمة الروسية» alone is
  `GPE` `NOM` like «العاصمة الجديدة»; a person inside another's title («النائب الأول لرئيس مجلس الوزراء الكويتي»)
  is `PER` `NOM` with «مجلس الوزراء الكويتي» `ORG` `NOM` in it.
"""

from __future__ import annotations

Span = tuple[str, str, str] | tuple[str, str, str, int]

SECOND: dict[str, list[Span]] = {
    "ood-256": [
        ("بلدان منظمة الدول المصدرة للنفط", "NORP", "NOM"),
        ("منظمة الدول المصدرة للنفط", "ORG", "NAM"),
        ("المنظمة", "ORG", "NOM"),
        ("اوبك+", "NORP", "NAM"),
        ("نوفمبر", "DATE", "NAM"),
        ("الاربعاء", "DATE", "NAM"),
        ("فيينا", "GPE", "NAM"),
    ],
    "ood-257": [
        ("دول أوبك+ ال23", "NORP", "NOM"),
        ("أوبك+", "NORP", "NAM"),
        ("13 عضوا", "NORP", "NOM"),
        ("أوبك", "ORG", "NAM", 1),
        ("10 دول اعضاء", "NORP", "NOM"),
        ("المنظمة", "ORG", "NOM"),
        ("نوفمبر القادم", "DATE", "NAM"),
    ],
    "ood-258": [
        ("عبدالعزيز بن سلمان", "PER", "NAM"),
        ("السبت", "DATE", "NAM"),
        ("دول منظمة أوبك", "NORP", "NOM"),
        ("منظمة أوبك", "ORG", "NAM"),
        ("أوبك+", "NORP", "NAM"),
    ],
    "ood-259": [
        ("مجموعة أوبك+", "NORP", "NAM"),
        ("أبريل الماضي", "DATE", "NAM"),
        ("مايو ويونيو", "DATE", "NAM"),
    ],
    "ood-260": [
        ("الدول الـ13 الأعضاء", "NORP", "NOM"),
        ("منظمة «أوبك»", "ORG", "NAM"),
        ("أكتوبر", "DATE", "NAM"),
        ("العام 2023", "DATE", "NAM"),
    ],
    "ood-261": [
        ("مجموعة «أوبك +»", "NORP", "NAM"),
        ("مجموعة الدول السبع", "NORP", "NAM"),
    ],
    "ood-262": [
        ("وزير الطاقة القطري", "PER", "NOM"),
        ("الثلاثاء", "DATE", "NAM"),
        ("قطر", "GPE", "NAM"),
        ("مؤسسة البترول الوطنية الصينية", "ORG", "NAM"),
    ],
    "ood-263": [
        ("سعد الكعبي", "PER", "NAM"),
        ("قطر إنرجي", "ORG", "NAM"),
        ("الدوحة", "GPE", "NAM"),
        ("قطر", "GPE", "NAM", 1),
        ("الحقل الشمالي الشرقي", "FAC", "NAM"),
        ("لصين", "GPE", "NAM"),
    ],
    "ood-264": [
        ("مارك فيل", "PER", "NAM"),
        ("الإمارات", "GPE", "NAM"),
        ("الشرق الأوسط", "LOC", "NAM"),
        ("السعودية", "GPE", "NAM"),
        ("أستراليا", "GPE", "NAM"),
        ("2.9 مليار دولار", "MONEY", "NAM"),
    ],
    "ood-265": [
        ("الاتفاقية", "AGREEMENT", "NOM"),
        ("أستراليا", "GPE", "NAM"),
    ],
    "ood-266": [
        ("دولة الإمارات العربية المتحدة", "GPE", "NAM"),
        ("الثلاثاء", "DATE", "NAM"),
    ],
    "ood-267": [
        ("الاتفاقية", "AGREEMENT", "NOM"),
        ("أورنا باربيفاي", "PER", "NAM"),
        ("عبد الله بن طوق المري", "PER", "NAM"),
    ],
    "ood-268": [
        ("دول مجلس التعاون الخليجي", "NORP", "NOM"),
        ("مجلس التعاون الخليجي", "ORG", "NAM"),
        ("رابطة التجارة الحرة الأوروبية", "ORG", "NAM"),
        ("إفتا", "ORG", "NAM"),
        ("هامر", "GPE", "NAM"),
        ("اوسلو", "GPE", "NAM"),
        ("وكالة الانباء السعودية", "ORG", "NAM"),
        ("الثلاثاء", "DATE", "NAM"),
        ("الاتفاقية", "AGREEMENT", "NOM"),
        ("جوان 2006", "DATE", "NAM"),
    ],
    "ood-269": [
        ('مجموعة "افتا"', "ORG", "NAM"),
        ("سويسرا", "GPE", "NAM"),
        ("النرويج", "GPE", "NAM"),
        ("ايسلندا", "GPE", "NAM"),
        ("إمارة ليشتنشتاين", "GPE", "NAM"),
    ],
    "ood-270": [
        ("فيصل بن سلمان", "PER", "NAM"),
        ("منطقة المدينةالمنورة", "GPE", "NAM"),
    ],
    "ood-271": [
        ("3 مليارات ريال", "MONEY", "NAM"),
        ("الهيئة العامة للسياحة والآثار", "ORG", "NAM"),
    ],
    "ood-272": [
        ("الرياض", "GPE", "NAM"),
        ("سلمان", "PER", "NAM"),
        ("محمد بن سلمان", "PER", "NAM"),
        ("لوطن", "GPE", "NOM"),
    ],
    "ood-273": [
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "NAM"),
        ("لأمم المتحدة", "ORG", "NAM"),
        ("البحر المتوسط", "LOC", "NAM"),
    ],
    "ood-274": [
        ("المفوضية", "ORG", "NOM"),
        ("جنيف", "GPE", "NAM"),
        ("ليبيا", "GPE", "NAM"),
        ("إيطاليا", "GPE", "NAM"),
        ("13 من الشهر الجاري", "DATE", "NAM"),
    ],
    "ood-275": [
        ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "ORG", "NAM"),
        ("لأمم المتحدة", "ORG", "NAM"),
        ("اليونان", "GPE", "NAM"),
        ("إيطاليا", "GPE", "NAM"),
    ],
    "ood-276": [
        ("المفوضية", "ORG", "NOM"),
        ("البحر المتوسط", "LOC", "NAM"),
        ("ليبيا", "GPE", "NAM"),
        ("إيطاليا", "GPE", "NAM"),
        ("13 من الشهر الجاري", "DATE", "NAM"),
    ],
    "ood-277": [
        ("الأمم المتحدة", "ORG", "NAM"),
        ("دول العالم", "NORP", "NOM"),
    ],
    "ood-278": [
        ("اتفاقية الأمم المتحدة الإطارية بشأن التغير المناخي", "AGREEMENT", "NAM"),
        ("الأمم المتحدة", "ORG", "NAM"),
        ("دول العالم", "NORP", "NOM"),
        ("عام 1992", "DATE", "NAM"),
    ],
    "ood-279": [
        ("اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ", "AGREEMENT", "NAM"),
        ("الأمم المتحدة", "ORG", "NAM"),
        ("UNFCCC", "AGREEMENT", "NAM"),
    ],
    "ood-280": [
        ("اتفاقية الأمم المتحدة الإطارية بشأن التغير المناخي", "AGREEMENT", "NAM"),
        ("الأمم المتحدة", "ORG", "NAM"),
        ("دول العالم", "NORP", "NOM"),
        ("عام 1992", "DATE", "NAM"),
    ],
    "ood-281": [
        ("30 نوفمبر و12 ديسمبر", "DATE", "NAM"),
        ("دبي", "GPE", "NAM"),
        ("دولة الإمارات العربية المتحدة", "GPE", "NAM"),
        ("الأمم المتحدة", "ORG", "NAM"),
    ],
    "ood-282": [
        ("منظمة الصحة العالمية", "ORG", "NAM"),
        ("تيدروس أدهانوم جيبرييسوس", "PER", "NAM"),
        ("الثلاثاء", "DATE", "NAM"),
    ],
    "ood-283": [
        ("منظمة الصحة العالمية", "ORG", "NAM"),
        ("تيدروس أدهانوم غيبريسوس", "PER", "NAM"),
    ],
    "ood-284": [
        ("تيدروس", "PER", "NAM"),
        ("إثيوبيا", "GPE", "NAM"),
        ("أيار/ مايو 2017", "DATE", "NAM"),
        ("منظمة الصحة العالمية", "ORG", "NAM"),
    ],
    "ood-285": [
        ("تيدروس أدهانوم غيبريسوس", "PER", "NAM"),
        ("منظمة الصحة العالمية", "ORG", "NAM"),
        ("الدول الأعضاء", "NORP", "NOM"),
        ("المنظمة", "ORG", "NOM"),
        ("جمعية الصحة العالمية", "ORG", "NAM"),
        ("مايو 2017", "DATE", "NAM"),
    ],
    "ood-286": [
        ("منظمة الصحة العالمية", "ORG", "NAM", 0),
        ("جمعية الصحة العالمية", "ORG", "NAM"),
        ("المنطقة الإفريقية", "LOC", "NOM"),
        ("منظمة الصحة العالمية", "ORG", "NAM", 1),
    ],
    "ood-287": [
        ("النيجر", "GPE", "NAM", 0),
        ("بوركينا فاسو", "GPE", "NAM"),
        ("المجلس العسكري الحاكم", "ORG", "NOM"),
        ("مالي", "GPE", "NAM", 0),
        ("مجموعة دول الساحل الخمسة", "ORG", "NAM"),
        ("هذا التحالف العسكري الخماسي", "ORG", "NOM"),
        ("مورستانيا", "GPE", "NAM"),
        ("تشاد", "GPE", "NAM"),
        ("النيجر", "GPE", "NAM", 1),
        ("يوركينا فاسو", "GPE", "NAM"),
        ("مالي", "GPE", "NAM", 1),
    ],
    "ood-288": [
        ("مالي", "GPE", "NAM"),
        ("مايو الماضي", "DATE", "NAM"),
        ("مجموعة دول الساحل الخمسة", "ORG", "NAM"),
        ("الروس", "NORP", "NAM"),
        ("فاغنر", "ORG", "NAM"),
    ],
    "ood-289": [
        ("16 سبتمبر", "DATE", "NAM"),
        ("مالي", "GPE", "NAM"),
        ("النيجر", "GPE", "NAM"),
        ("بوركينا فاسو", "GPE", "NAM"),
        ("ميثاق ليبتاكو – جورما", "AGREEMENT", "NAM"),
    ],
    "ood-290": [
        ("مالي", "GPE", "NAM"),
        ("النيجر", "GPE", "NAM"),
        ("بوركينا فاسو", "GPE", "NAM"),
        ("الساحل", "LOC", "NAM"),
    ],
    "ood-291": [
        ("مالي", "GPE", "NAM"),
        ("النيجر", "GPE", "NAM"),
        ("بوركينا فاسو", "GPE", "NAM"),
        ("الساحل", "LOC", "NAM"),
        ("غرب أفريقيا", "LOC", "NAM"),
        ("السبت 16 سبتمبر/أيلول 2023", "DATE", "NAM"),
    ],
    "ood-292": [
        ("الدول الثلاث", "NORP", "NOM"),
        ("القاعدة", "ORG", "NAM"),
        ("الدولة الإسلامية", "ORG", "NAM"),
    ],
    "ood-293": [
        ("الإثيوبيون", "NORP", "NAM"),
        ("السودان", "GPE", "NAM"),
        ("مصر", "GPE", "NAM"),
        ("آبي أحمد", "PER", "NAM"),
        ("الثلاثاء", "DATE", "NAM"),
        ("9 سبتمبر 2025", "DATE", "NAM"),
        ("سد النهضة", "FAC", "NAM"),
    ],
    "ood-294": [
        ("إثيوبيا", "GPE", "NAM"),
        ("آبي أحمد", "PER", "NAM"),
        ("سد النهضة", "FAC", "NAM"),
        ("المشروع", "FAC", "NOM"),
    ],
    "ood-295": [
        ("مصر", "GPE", "NAM"),
        ("السودان", "GPE", "NAM"),
        ("إثيوبيا", "GPE", "NAM"),
    ],
    "ood-296": [
        ("لويس إيناسيو لولا دا سيلفا", "PER", "NAM"),
        ("دول أمريكا اللاتينية", "NORP", "NOM"),
        ("أمريكا اللاتينية", "LOC", "NAM"),
        ("واشنطن", "GPE", "NAM"),
    ],
    "ood-297": [
        ("الوزير", "PER", "NOM"),
        ("كشمير", "LOC", "NAM"),
        ("باكستان", "GPE", "NAM"),
        ("الهند", "GPE", "NAM"),
    ],
    "ood-298": [
        ("نيودلهي", "GPE", "NAM"),
        ("كشمير", "LOC", "NAM"),
        ("الإقليم", "LOC", "NOM", 0),
        ("الهند", "GPE", "NAM"),
        ("الإقليم", "LOC", "NOM", 1),
        ("باكستان", "GPE", "NAM"),
    ],
    "ood-299": [
        ("سرتاج عزيز", "PER", "NAM"),
        ("23 آب الجاري", "DATE", "NAM"),
        ("الهند", "GPE", "NAM"),
        ("كشمير", "LOC", "NAM"),
    ],
    "ood-300": [
        ("نواز شريف", "PER", "NAM"),
        ("نيودلهي", "GPE", "NAM"),
        ("ايار 2014", "DATE", "NAM"),
        ("ناريندرا مودي", "PER", "NAM"),
    ],
    "ood-301": [
        ("البيت الأبيض", "ORG", "NAM"),
        ("دونالد ترامب", "PER", "NAM"),
        ("ناريندرا مودي", "PER", "NAM"),
        ("باكستان", "GPE", "NAM"),
    ],
    "ood-302": [
        ("ترامب", "PER", "NAM"),
        ("مودي", "PER", "NAM"),
        ("لجمعية العامة للأمم المتحدة", "ORG", "NAM"),
        ("لأمم المتحدة", "ORG", "NAM"),
    ],
    "ood-303": [
        ("لى ميونج باك", "PER", "NAM"),
        ("كوريا الجنوبية", "GPE", "NAM"),
        ("الأحد", "DATE", "NAM"),
        ("البلدان العشرة", "NORP", "NOM"),
        ("رابطة دول جنوب شرق آسيا", "ORG", "NAM"),
        ("الآسيان", "ORG", "NAM", 0),
        ("كوريا", "GPE", "NAM", 1),
        ("الآسيان", "ORG", "NAM", 1),
        ("الدول المشاركة", "NORP", "NOM"),
    ],
    "ood-304": [
        ("لى دونج كوان", "PER", "NAM"),
        ("البيت الأزرق", "ORG", "NAM"),
        ("كوريا الشمالية", "GPE", "NAM"),
        ("الاثنين الماضى", "DATE", "NAM"),
        ("الدولة الشيوعية", "GPE", "NOM"),
    ],
    "ood-305": [
        ("يون صوك يول", "PER", "NAM"),
        ("السبت", "DATE", "NAM"),
        ("رابطة الآسيان", "ORG", "NAM"),
        ("كوريا الجنوبية", "GPE", "NAM"),
        ("اليابان", "GPE", "NAM"),
        ("الصين", "GPE", "NAM"),
    ],
    "ood-306": [
        ("يون", "PER", "NAM"),
        ("الآسيان زائد ثلاثة", "NORP", "NAM"),
        ("بنوم بنه", "GPE", "NAM"),
        ("جنوب شرق آسيا", "LOC", "NAM"),
    ],
    "ood-307": [
        ("البرلمان الأوروبي", "ORG", "NAM"),
        ("القارة", "LOC", "NOM"),
        ("هولندا", "GPE", "NAM"),
        ("لبرلمان", "ORG", "NOM"),
    ],
    "ood-308": [
        ("الدول الأعضاء", "NORP", "NOM"),
        ("الاتحاد الأوروبي", "ORG", "NAM"),
    ],
    "ood-309": [
        ("البرلمان الأوروبي", "ORG", "NAM"),
        ("الأربعاء", "DATE", "NAM"),
        ("لمفوضية الأوروبية", "ORG", "NAM"),
        ("أورسولا فون دير لاين", "PER", "NAM"),
    ],
    "ood-310": [
        ("البرلمان", "ORG", "NOM"),
        ("لذراع التنفيذية للاتحاد الأوروبي", "ORG", "NOM"),
        ("لاتحاد الأوروبي", "ORG", "NAM"),
        ("الأول من ديسمبر كانون الأول", "DATE", "NAM"),
    ],
    "ood-311": [
        ("مجلس النواب المصرى", "ORG", "NAM"),
        ("الثلاثاء", "DATE", "NAM"),
    ],
    "ood-312": [
        ("على عبد العال", "PER", "NAM"),
        ("مجلس النواب", "ORG", "NAM"),
        ("مقر مكتبه", "FAC", "NOM"),
        ("المجلس", "ORG", "NOM"),
    ],
    "ood-313": [
        ("مجلس النواب", "ORG", "NAM", 0),
        ("جمهورية العراق", "GPE", "NAM"),
        ("سليم الجبوري", "PER", "NAM"),
        ("مجلس النواب", "ORG", "NAM", 1),
        ("الاثنين", "DATE", "NAM"),
        ("لمملكة", "GPE", "NOM"),
        ("مجلس الشورى", "ORG", "NAM"),
        ("عبدالله بن محمد بن إبراهيم آل الشيخ", "PER", "NAM"),
    ],
    "ood-314": [
        ("رئيس مجلس الشورى", "PER", "NOM"),
        ("مجلس الشورى", "ORG", "NAM", 0),
        ("رئيس مجلس النواب العراقي", "PER", "NOM"),
        ("مجلس النواب العراقي", "ORG", "NAM", 0),
        ("المملكة", "GPE", "NOM"),
        ("العراق", "GPE", "NAM"),
        ("مجلس الشورى", "ORG", "NAM", 1),
        ("مجلس النواب العراقي", "ORG", "NAM", 1),
    ],
    "ood-315": [
        ("على عبد العال", "PER", "NAM"),
        ("مجلس النواب", "ORG", "NAM", 0),
        ("العاصمة الروسية", "GPE", "NOM"),
        ("الثلاثاء المقبل", "DATE", "NAM"),
        ("لبرلمان الروسي", "ORG", "NAM"),
        ("الدواما", "ORG", "NAM"),
        ("رئيس مجلس النواب", "PER", "NOM", 1),
        ("مجلس النواب", "ORG", "NAM", 1),
    ],
    "ood-316": [
        ("رئيس الدوما", "PER", "NOM"),
        ("الدوما", "ORG", "NAM"),
        ("على عبد العال", "PER", "NAM"),
        ("مجلس النواب المصري", "ORG", "NAM"),
        ("مقر البرلمان الروسي", "FAC", "NOM"),
        ("البرلمان الروسي", "ORG", "NAM"),
    ],
    "ood-317": [
        ("مطار القاهرة الدولي", "FAC", "NAM"),
        ("القاهرة", "GPE", "NAM"),
        ("صلاح الدين مزوار", "PER", "NAM"),
        ("لبلاد", "GPE", "NOM"),
        ("اللجنة العربية المكلفة بالتحرك السياسي لدعم القضية الفلسطينية", "ORG", "NAM"),
    ],
    "ood-318": [
        ("مزوار", "PER", "NAM"),
        ("المطار", "FAC", "NOM"),
        ("السفارة المغربية", "ORG", "NOM"),
        ("وزارة الخارجية", "ORG", "NOM"),
    ],
    "ood-319": [
        ("صلاح الدين مزوار", "PER", "NAM"),
        ("الثلاثاء", "DATE", "NAM"),
        ("القاهرة", "GPE", "NAM"),
        ("مصر", "GPE", "NAM"),
        ("المغرب", "GPE", "NAM"),
    ],
    "ood-320": [
        ("عبدالفتاح السيسي", "PER", "NAM"),
        ("مزوار", "PER", "NAM"),
        ("سامح شكري", "PER", "NAM"),
        ("مقر رئاسة الجمهورية", "FAC", "NOM"),
        ("رئاسة الجمهورية", "ORG", "NOM"),
        ("مصر الجديدة", "LOC", "NAM"),
        ("رئيس مجلس الوزراء الكويتي", "PER", "NOM"),
        ("مجلس الوزراء الكويتي", "ORG", "NOM"),
        ("صباح خالد الحمد الصباح", "PER", "NAM"),
        ("القاهرة", "GPE", "NAM"),
        ("الاثنين الماضي", "DATE", "NAM"),
        ("الكويت", "GPE", "NAM"),
    ],
    "ood-321": [
        ("فيصل المقداد", "PER", "NAM"),
        ("السبت", "DATE", "NAM"),
        ("سامح شكري", "PER", "NAM"),
        ("القاهرة", "GPE", "NAM"),
    ],
    "ood-322": [
        ("المقداد", "PER", "NAM"),
        ("لقاهرة", "GPE", "NAM"),
        ("عام 2011", "DATE", "NAM"),
    ],
    "ood-323": [
        ("الأممالمتحدة", "ORG", "NAM", 0),
        ("قوة الأممالمتحدة المؤقتة في لبنان", "ORG", "NAM"),
        ("الأممالمتحدة", "ORG", "NAM", 1),
        ("يونيفيل", "ORG", "NAM"),
    ],
    "ood-324": [
        ("مجلس الأمن", "ORG", "NAM"),
        ("الجمعة", "DATE", "NAM"),
        ("اليونيفيل", "ORG", "NAM"),
        ("أغسطس من العام المقبل 2016", "DATE", "NAM"),
    ],
    "ood-325": [
        ("المتحدث باسم الأمم المتحدة", "PER", "NOM"),
        ("الأمم المتحدة", "ORG", "NAM"),
    ],
    "ood-326": [
        ("مفوضية الأمم المتحدة السامية لشؤون اللاجئين", "ORG", "NAM"),
        ("الأمم المتحدة", "ORG", "NAM"),
        ("المنظمة الدولية للهجرة", "ORG", "NAM"),
        ("لبنان", "GPE", "NAM"),
    ],
}

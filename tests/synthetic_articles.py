"""Synthetic article records for load tests and benchmarks of the Label Studio sync."""

from __future__ import annotations

from typing import Any

from diplonews._io import sha256_text

_SENTENCES = (
    "بحث الرئيس الروسي فلاديمير بوتين مع نظيره الفرنسي إيمانويل ماكرون في اتصال هاتفي الوضع في أوكرانيا.",
    "وأكد الكرملين أن الجانبين اتفقا على مواصلة الاتصالات بشأن الملف النووي الإيراني.",
    "ودعا ماكرون إلى وقف لإطلاق النار في أقرب مهلة ممكنة وإطلاق مفاوضات بين أوكرانيا وروسيا.",
    "وحمّل بوتين الدول الغربية مسؤولية النزاع، مؤكدا أن أي اتفاق سلام يجب أن يكون طويل الأمد.",
    "وتأتي المكالمة بعد التوصل إلى وقف لإطلاق النار بين إسرائيل وإيران في الأسبوع الماضي.",
)


def synthetic_articles(count: int, prefix: str = "syn") -> dict[str, dict[str, Any]]:
    """``count`` article records of about 450 characters each, with unique texts and doc ids."""
    out = {}
    for index in range(count):
        doc_id = f"{prefix}-{index:06d}"
        text = f"({index}) " + " ".join(_SENTENCES[(index + k) % len(_SENTENCES)] for k in range(5))
        meta = dict.fromkeys(("outlet", "agency", "published", "url"))
        out[doc_id] = {"doc_id": doc_id, "title": f"خبر رقم {index}", "text": text, "text_sha256": sha256_text(text),
                       "source_file": "synthetic", **meta}  # fmt: skip
    return out

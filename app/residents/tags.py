"""Category tags a resident may carry. Codes are stored; labels are translated at display time."""

from __future__ import annotations

from app.i18n import translate

DIBAO = "dibao"
TEKUN = "tekun"
DIBAO_EDGE = "dibao_edge"
DISABILITY = "disability"
LIVING_ALONE = "living_alone"
EMPTY_NEST = "empty_nest"
VETERAN = "veteran"
PARTY_MEMBER = "party_member"
NEW_EMPLOYMENT = "new_employment"

ALL_TAGS = (DIBAO, TEKUN, DIBAO_EDGE, DISABILITY, LIVING_ALONE, EMPTY_NEST, VETERAN, PARTY_MEMBER, NEW_EMPLOYMENT)
# Tags whose detail matters: the party branch, the disability grade, rider / courier / driver.
TAGS_WITH_DETAIL = (DISABILITY, PARTY_MEMBER, NEW_EMPLOYMENT)


def tag_label(tag: str) -> str:
    labels = {
        DIBAO: translate("Tags", "Subsistence allowance"),
        TEKUN: translate("Tags", "Extreme poverty"),
        DIBAO_EDGE: translate("Tags", "Near subsistence"),
        DISABILITY: translate("Tags", "Disability"),
        LIVING_ALONE: translate("Tags", "Living alone"),
        EMPTY_NEST: translate("Tags", "Empty nest"),
        VETERAN: translate("Tags", "Veteran"),
        PARTY_MEMBER: translate("Tags", "Party member"),
        NEW_EMPLOYMENT: translate("Tags", "New employment group"),
    }
    return labels.get(tag, tag)


def detail_label(tag: str) -> str:
    labels = {
        DISABILITY: translate("Tags", "Grade"),
        PARTY_MEMBER: translate("Tags", "Party branch"),
        NEW_EMPLOYMENT: translate("Tags", "Rider / courier / driver"),
    }
    return labels.get(tag, "")

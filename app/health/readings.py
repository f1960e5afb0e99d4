"""Readings at the health corner: units, physical limits, and how a value is shown.

Units (stored as whole numbers, never floats):

- blood pressure: systolic and diastolic in mmHg;
- pulse: beats per minute;
- blood glucose: **tenths of a mmol/L** (6.1 mmol/L is stored as 61); the time relative to a meal (fasting,
  2 h after a meal, random) is kept beside it because the reference ranges differ;
- weight: **tenths of a kilogram** (62.5 kg is stored as 625).

Physical limits (`LIMITS`): a value outside cannot have come from the corner's instruments, so it is a typing error
(a systolic pressure of 400, glucose below 0) and is refused with the limit in the message. Sources:

- Blood pressure: validated automatic upper-arm monitors (ISO 81060-2 / YY 0670) measure cuff pressure over
  0–299 mmHg, so no systolic reading above 300 exists; systolic below 50 or diastolic below 20 mmHg is not a
  reading of a person who walked to the corner, and the systolic is always above the diastolic (it is the peak).
- Pulse: the monitors' pulse range is about 40–180 /min; 20–250 leaves room for bradycardia and tachycardia that a
  nurse may count by hand.
- Glucose: blood-glucose meters (GB/T 19634-2021, self-testing glucose monitoring systems) state their measuring
  range, typically 1.1–33.3 mmol/L and at the widest 0.6–33.3 mmol/L; outside it they show LO / HI, never a number.
- Weight: 2–300 kg, the range of the platform scales used for adults and children at a health corner.

Between the two pressures (`PULSE_PRESSURE`): each value can be within its own limits and the pair still not be a
reading (300/20). The systolic is above the diastolic, and their difference, the pulse pressure, is 10–150 mmHg.
A resting pulse pressure is about 40 mmHg and widens with age and arterial stiffness (isolated systolic hypertension
of the elderly, aortic regurgitation) — StatPearls (NCBI Bookshelf), "Physiology, Pulse Pressure". The 10 and 150
are not clinical thresholds but deliberately generous plausibility bounds of our own (polish1): below 10 or above
150 mmHg the pair is far likelier a typing error than a measurement, so it is refused with the bounds in the
message and the nurse types it again.

The same limits are CHECK constraints on `health_readings` (db/models/health.py), so no path around the service
can store an impossible value.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translate

GLUCOSE_TIMINGS = ("fasting", "after_meal", "random")


@dataclass(frozen=True)
class Limit:
    low: int
    high: int


#: field -> (low, high) in the stored unit (see the module docstring for units and sources).
LIMITS: dict[str, Limit] = {
    "systolic": Limit(50, 300),
    "diastolic": Limit(20, 200),
    "pulse": Limit(20, 250),
    "glucose_tenths": Limit(6, 333),
    "weight_tenths": Limit(20, 3000),
}


#: The plausible difference between systolic and diastolic pressure in mmHg (see the module docstring).
PULSE_PRESSURE = Limit(10, 150)


def tenths(value: int | None) -> str:
    """62.5 from 625; "" for None."""
    if value is None:
        return ""
    return f"{value // 10}.{value % 10}"


def parse_tenths(text: str) -> int | None:
    """What a person typed ("6.1", "６.1", "62", " 62.50 ") as whole tenths (61, 620, 625); None when empty.

    Raises ValueError for anything that is not a number with at most one significant decimal (a glucose of 6.15 is
    not what a meter shows)."""
    import unicodedata

    t = unicodedata.normalize("NFKC", text or "").strip().replace("，", ".").replace(",", ".")
    if not t:
        return None
    if t.startswith(("-", "+")):
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    else:
        sign = 1
    whole, _, frac = t.partition(".")
    frac = frac.rstrip("0")
    if not whole.isdigit() and not (whole == "" and frac.isdigit()):
        raise ValueError(text)
    if frac and (not frac.isdigit() or len(frac) > 1):
        raise ValueError(text)
    return sign * (int(whole or "0") * 10 + int(frac or "0"))


def limit_message(field: str) -> str:
    """The refusal of a value outside `LIMITS[field]`, with the limits in the reading's unit."""
    lim = LIMITS[field]
    if field == "systolic":
        return translate("Health", "A systolic pressure is between {low} and {high} mmHg.").format(
            low=lim.low, high=lim.high
        )
    if field == "diastolic":
        return translate("Health", "A diastolic pressure is between {low} and {high} mmHg.").format(
            low=lim.low, high=lim.high
        )
    if field == "pulse":
        return translate("Health", "A pulse is between {low} and {high} beats per minute.").format(
            low=lim.low, high=lim.high
        )
    if field == "glucose_tenths":
        return translate("Health", "A blood glucose reading is between {low} and {high} mmol/L.").format(
            low=tenths(lim.low), high=tenths(lim.high)
        )
    return translate("Health", "A weight is between {low} and {high} kg.").format(
        low=tenths(lim.low), high=tenths(lim.high)
    )


def check_values(values: dict[str, int | None], glucose_timing: str | None) -> dict[str, str]:
    """Problems of one set of readings, {field: message}; empty when it may be stored."""
    errors: dict[str, str] = {}
    for field, lim in LIMITS.items():
        value = values.get(field)
        if value is not None and not lim.low <= value <= lim.high:
            errors[field] = limit_message(field)
    systolic, diastolic = values.get("systolic"), values.get("diastolic")
    if (systolic is None) != (diastolic is None):
        key = "diastolic" if diastolic is None else "systolic"
        errors.setdefault(key, translate("Health", "A blood pressure needs both the systolic and the diastolic value."))
    elif systolic is not None and diastolic is not None and not {"systolic", "diastolic"} & errors.keys():
        if systolic <= diastolic:
            errors["diastolic"] = translate("Health", "The diastolic pressure must be lower than the systolic.")
        elif not PULSE_PRESSURE.low <= systolic - diastolic <= PULSE_PRESSURE.high:
            errors["diastolic"] = translate(
                "Health",
                "{systolic}/{diastolic} mmHg is not a plausible blood pressure: the systolic is {low}–{high} mmHg "
                "above the diastolic. Check both values.",
            ).format(systolic=systolic, diastolic=diastolic, low=PULSE_PRESSURE.low, high=PULSE_PRESSURE.high)
    if values.get("glucose_tenths") is not None and glucose_timing not in GLUCOSE_TIMINGS:
        errors["glucose_timing"] = translate("Health", "Say when the glucose was measured (fasting, after a meal…).")
    if all(values.get(f) is None for f in LIMITS):
        errors["reading"] = translate("Health", "Enter at least one reading.")
    return errors


def glucose_timing_label(code: str | None) -> str:
    if code == "fasting":
        return translate("Health", "fasting")
    if code == "after_meal":
        return translate("Health", "2 h after a meal")
    if code == "random":
        return translate("Health", "random")
    return ""

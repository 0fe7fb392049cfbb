"""Physical units as written in several languages: each to its canonical unit and factor, and the dimension a
canonical unit gives by default. Split from :mod:`briefing_tui.compare.counts`."""

from __future__ import annotations

ACRE_IN_HECTARES = 0.40468564224  # the international acre
NAUTICAL_MILE_IN_KM = 1.852  # the international nautical mile
MEGAWATT_IN_GW = 0.001
# Physical quantities: the unit as written -> (canonical unit, factor to it). Miles are given in km.
PHYSICAL = {
    "km": ("km", 1.0), "kms": ("km", 1.0), "kilometres": ("km", 1.0), "kilometers": ("km", 1.0),
    "kilometre": ("km", 1.0), "kilometer": ("km", 1.0),
    "kilómetros": ("km", 1.0), "kilómetro": ("km", 1.0), "quilômetros": ("km", 1.0), "quilômetro": ("km", 1.0),
    "quilómetros": ("km", 1.0), "quilómetro": ("km", 1.0),  # (the Portuguese of Portugal and of Brazil)
    "miles": ("km", 1.609344), "mile": ("km", 1.609344),
    "mph": ("km/h", 1.609344), "km/h": ("km/h", 1.0), "kph": ("km/h", 1.0), "kmh": ("km/h", 1.0),
    "metres": ("m", 1.0), "meters": ("m", 1.0), "metre": ("m", 1.0), "m": ("m", 1.0),
    # (other languages' metres and kilometres: "5,28 Metern", "4 metros", "12 mètres", "30 chilometri")
    **dict.fromkeys(("metros", "mètres", "metri", "metern", "meter", "metro", "mètre"), ("m", 1.0)),
    **dict.fromkeys(("kilomètres", "chilometri", "kilometern"), ("km", 1.0)),
    "feet": ("m", 0.3048), "foot": ("m", 0.3048), "ft": ("m", 0.3048),
    "tons": ("t", 1.0), "tonnes": ("t", 1.0), "kg": ("kg", 1.0), "hectares": ("ha", 1.0), "ha": ("ha", 1.0),
    # (an area burned or flooded is given in acres or hectares: one measure, in hectares)
    "acres": ("ha", ACRE_IN_HECTARES), "acre": ("ha", ACRE_IN_HECTARES), "hectáreas": ("ha", 1.0),
    "hektar": ("ha", 1.0), "ettari": ("ha", 1.0),
    # (rain and water are measured in millimetres, centimetres or inches: "473 mm Regen", "20 centimeters (8 in.)")
    **dict.fromkeys(("mm", "millimetres", "millimeters", "millimètres", "milímetros", "millimetri", "millimeter",
                     "millimetern"), ("mm", 1.0)),
    **dict.fromkeys(("cm", "centimetres", "centimeters", "centimètres", "centímetros", "centimetri", "zentimeter",
                     "zentimetern"), ("mm", 10.0)),
    "inches": ("mm", 25.4), "inch": ("mm", 25.4), "in": ("mm", 25.4),  # ("in" only as "(8 in.)")
    # (a distance at sea is given in nautical miles, of 1.852 km: "47 nautical miles", "46 milles marins", "50 Seemeilen")
    **dict.fromkeys(("nautical miles", "nautical mile", "milles marins", "milles nautiques", "mille marin", "seemeilen",
                     "seemeile", "millas náuticas", "millas marinas", "miglia nautiche", "miglia marine",
                     "milhas náuticas", "milhas marítimas"), ("km", NAUTICAL_MILE_IN_KM)),
    # (a temperature in degrees Celsius or Fahrenheit, each its own unit: "1,300°C", "35 Grad Celsius", "100°F")
    "°c": ("°C", 1.0), "°f": ("°F", 1.0), "celsius": ("°C", 1.0), "fahrenheit": ("°F", 1.0),
    **{f"{d} {s}": ("°C", 1.0) for d in ("degree", "degrees", "degrés", "grados", "gradi", "graus", "grad")
       for s in ("celsius", "centígrados", "centigradi", "centigrados")},
    **{f"{d} fahrenheit": ("°F", 1.0) for d in ("degree", "degrees", "degrés", "grados", "gradi", "graus", "grad")},
    # (electric power in gigawatts or megawatts, one measure in GW whatever the language: "15 gigawatts", "15
    # gigavatios", "15 GW", "21.265 megavatios", "3.000 MW"; energy, "GWh", is not power and stays apart)
    **dict.fromkeys(("gw", "gigawatt", "gigawatts", "gigavatio", "gigavatios", "gigavátio", "gigavátios"), ("GW", 1.0)),
    **dict.fromkeys(("mw", "megawatt", "megawatts", "megavatio", "megavatios", "megavátio", "megavátios"),
                    ("GW", MEGAWATT_IN_GW)),
}
PHYSICAL_UNITS = {k: v[0] for k, v in PHYSICAL.items()}
PHYSICAL_WINS = frozenset({"km", "km/h", "m", "mm", "t", "kg", "ha", "°C", "°F", "GW", "magnitude", "ordinal"})  # over a plain count's reading
DIMENSIONS = {"km": "distance", "km/h": "speed", "m": "height", "mm": "height", "t": "weight", "kg": "weight", "ha": "area",
              "°C": "temperature", "°F": "temperature", "GW": "power"}

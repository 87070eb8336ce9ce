#!/usr/bin/env python3
"""Links every reproduction check that does not reproduce to the discrepancy that explains it.

Writes parts/reproduction-links.json (existing catalogue entry -> check ids) and
parts/discrepancies-reproduction.json (new AggregateNotReproduced entries). Development-time only.
"""
import json
from pathlib import Path

PARTS = Path(__file__).parent / "parts"

# Existing entries (from the transcription of tables and prose) that already explain a failing check.
LINKS = {
    "sum-ii-3-staff2016-212-vs-211": ["Ⅱ-3/계/staff2016/sumOfRows"],
    "sum-ii-3-staffchange-17-vs-16": ["Ⅱ-3/계/staffChange/sumOfRows"],
    "sum-iii-3-points-102-vs-100": ["Ⅲ-3/rows/계/points/sumOfRows"],
    "iv-sum-iv5-team-leaders-certified-66-1": ["Ⅳ-5/summary/teamLeaders/certified", "claim/p39-total-teamleaders-certified"],
    "iv-iv5-uiwang-missing-from-center-head-list": ["Ⅳ-5/centerHeadAllConditions/membership", "Ⅳ-5/summary/centerHeads/certified",
        "Ⅳ-5/summary/centerHeads/trainedAtLeast50Hours", "claim/p39-total-centerhead-certified", "claim/p39-count-centerhead-not-certified",
        "claim/p39-count-centerhead-trained", "claim/p39-count-centerhead-not-trained", "Ⅳ-16/provinceAverage/CenterHeadTrained"],
    "iv-sum-iv8-career-bins-vs-totals": ["Ⅳ-8/byGroup/전체/total/sumOfColumns", "Ⅳ-8/byGroup/민간사례관리사/total/sumOfColumns", "Ⅳ-8/byGroup/통합사례관리사/total/sumOfColumns"],
    "iv-sum-iv9-paystep-286": ["Ⅳ-9/summary/payStepRaise/appliedTotal/percent"],
    "iv-iv7-guri-43-vs-max-43-67": ["Ⅳ-7/top10/Guri", "claim/p41-value-guri-official-training-hours"],
    "iv-iv7-goyang-31-vs-32": ["Ⅳ-7/top10/Goyang", "claim/p41-value-goyang-official-training-hours"],
    "iv-iv10-private-departure-mean-1-38": ["Ⅳ-10/summary/PrivateCaseManagerDepartures/mean", "Ⅳ-16/provinceAverage/PrivateCaseManagerDepartures",
        "claim/p46-mean-private-departures"],
    "iv-iv12-gunpo-44-vs-45-3": ["Ⅳ-12/from30To50/Gunpo"],
    "iv-iv12-hwaseong-missing-from-30-50": ["Ⅳ-12/from30To50/membership", "claim/p49-municipalities-30-50-cases-per-case-manager",
        "claim/p49-count-30-50-cases-per-case-manager"],
    "iv-iv13-pyeongtaek-missing-from-at-least-2": ["Ⅳ-13/atLeast2/membership"],
    "iv-prose-p35-seongnam-386-vs-306": ["claim/p35-value-seongnam-networkteam-staff"],
    "iv-prose-p46-integrated-no-departures-20-vs-18": ["claim/p46-count-integrated-no-departures"],
    "iv-prose-p49-max-71-vs-78-43": ["claim/p49-max-cases-per-case-manager"],
    "table-avg-col-teamleader-percents": ["Ⅳ-16/provinceAverage/TeamLeadersExperienced/percent", "Ⅳ-16/provinceAverage/TeamLeadersCertified/percent",
        "Ⅳ-16/provinceAverage/TeamLeadersTrained/percent"],
    # The p.44–45 lists of integrated case managers at 100 % name 안산시, whose table prints 110.0 % (not its private staff).
    "impossible-p61-ansan-integrated-110pct": ["claim/p44-municipalities-integrated-regular-100pct", "claim/p44-count-integrated-regular-100pct",
        "claim/p45-municipalities-integrated-career-100pct", "claim/p45-count-integrated-career-100pct",
        "claim/p45-municipalities-integrated-paystep-100pct", "claim/p45-count-integrated-paystep-100pct"],
    "iv-prose-p45-private-average-rates": ["claim/p45-mean-private-career-pct", "claim/p45-mean-private-paystep-pct"],
}

def entry(id, where, sides, pages, cause, checks, kind="AggregateNotReproduced"):
    return {"id": id, "kind": kind, "where": where, "sides": [{"source": s, "says": t} for s, t in sides],
            "pages": pages, "likelyCause": cause, "reproductionChecks": checks}

NEW = [
    entry("repro-iv-3-sd-truncated", "표 Ⅳ-3 p.36, standard deviations of attendance at other agencies' case conferences",
          [("표 Ⅳ-3 p.36", "302.75 / 197.28 / 200.80"), ("recomputed from the 31 municipality tables (sample SD)", "302.7597 / 197.2871 / 200.8099")],
          [36], "The standard deviations were truncated to two decimals instead of rounded (the inputs are exact whole counts).",
          ["Ⅳ-3/summary/EupMyeonDongStaffAtOtherMeetings/standardDeviation", "Ⅳ-3/summary/NetworkTeamCaseManagersAtOtherMeetings/standardDeviation",
           "Ⅳ-3/summary/MunicipalStaffAtOtherMeetings/standardDeviation"]),
    entry("repro-iv-10-integrated-sd-truncated", "표 Ⅳ-10 p.46, standard deviation of integrated case-manager departures",
          [("표 Ⅳ-10 p.46", "1.43"), ("recomputed from the 31 municipality tables (sample SD)", "1.4361")],
          [46], "Truncated to two decimals instead of rounded (the inputs are exact whole counts).",
          ["Ⅳ-10/summary/IntegratedCaseManagerDepartures/standardDeviation"]),
    entry("repro-iv-7-yeoju-28-vs-28-8", "표 Ⅳ-7 p.41 top-10 list, 여주시",
          [("표 Ⅳ-7 p.41", "여주시 28"), ("표 Ⅳ-34 p.89", "공무원 1인당 교육시간 28.8")],
          [41, 89], "The list truncates the hours to whole numbers (28.8 → 28), as it does for 구리시 (43.67 → 43).",
          ["Ⅳ-7/top10/Yeoju"]),
    entry("repro-iv-12-list-truncated", "표 Ⅳ-12 p.48 list of caseloads from 30 to 50, 의정부시, 이천시, 하남시",
          [("표 Ⅳ-12 p.48", "의정부시 48, 이천시 36, 하남시 48"), ("표 Ⅳ-39 p.99, 표 Ⅳ-29 p.79, 표 Ⅳ-32 p.85", "48.7, 36.8, 48.7")],
          [48, 79, 85, 99], "The list truncates caseloads to whole numbers instead of rounding them.",
          ["Ⅳ-12/from30To50/Uijeongbu", "Ⅳ-12/from30To50/Icheon", "Ⅳ-12/from30To50/Hanam"]),
    entry("repro-pooled-official-training-hours", "Average training hours per official: 표 Ⅳ-7 p.41, prose p.40 and p.47, province-average column",
          [("표 Ⅳ-7 p.41 and the province-average column", "15.6"), ("mean of the 31 municipality values", "18.03")],
          [40, 41, 47, 53], "The report's average is pooled (all officials' hours over all officials, weighting large municipalities), not the mean of the municipality values its tables print; the headcounts needed to recompute it are not published.",
          ["Ⅳ-7/summary/OfficialTrainingHoursPerCapita/mean", "Ⅳ-16/provinceAverage/OfficialTrainingHoursPerCapita", "claim/p40-mean-official-training-hours",
           "claim/p47-mean-official-training-hours"]),
    entry("repro-pooled-case-manager-training-hours", "Average training hours of private and integrated case managers: 표 Ⅳ-11 p.47, prose p.47, province-average column",
          [("표 Ⅳ-11 p.47 and the province-average column", "28.4 (private) / 27.3 (integrated)"),
           ("mean of the municipality values (과천시 has no private case managers)", "25.47 over 30 / 27.64 over 31")],
          [47, 53], "Pooled per-person averages over all case managers rather than means of the municipality values; the per-municipality headcounts are not published.",
          ["Ⅳ-11/summary/PrivateCaseManagerTrainingHours/mean", "Ⅳ-11/summary/IntegratedCaseManagerTrainingHours/mean",
           "Ⅳ-16/provinceAverage/PrivateCaseManagerTrainingHours", "Ⅳ-16/provinceAverage/IntegratedCaseManagerTrainingHours",
           "claim/p47-mean-private-training-hours", "claim/p47-mean-integrated-training-hours"]),
    entry("repro-pooled-transfer-rate", "Province average of 공무원 인사이동비율, province-average column of 표 Ⅳ-16…Ⅳ-46",
          [("province-average column", "42.9%"), ("mean of the 31 municipality rates", "51.91%"), ("표 Ⅳ-6 p.40", "67명 … 현원대비발령비율 42.9%")],
          [40, 53], "The average is the pooled rate (67 transfers over all officials in post, 표 Ⅳ-6), not the mean of the municipality rates; rates above 100 % (성남, 광명, 과천) pull the unweighted mean up.",
          ["Ⅳ-16/provinceAverage/OfficialTransferRate"]),
    entry("repro-pooled-average-staff-at-meetings", "Province average of 평균 타기관 회의에 참여한 실무자, province-average column and prose p.116–119",
          [("province-average column; prose p.116, p.117, p.119", "14.3"), ("mean of the 31 municipality values", "12.91")],
          [53, 116, 117, 119], "Likely pooled (all attendance over all practitioners) rather than the mean of the municipality values; the practitioner counts are not published.",
          ["Ⅳ-16/provinceAverage/AverageStaffAtOtherMeetings", "claim/p116-mean-average-staff-at-other-meetings", "claim/p117-mean-average-staff-at-other-meetings",
           "claim/p117-mean-average-staff-at-other-meetings-2", "claim/p119-mean-average-staff-at-other-meetings"]),
    entry("repro-pooled-treatment-shares", "Province-average shares of regular employment, career recognition and pay-step raises, province-average column",
          [("province-average column", "56.9% / 82.7% / 82.7% (private), 63.2% / 22.3% / 51.2% (integrated)"),
           ("mean of the municipality percentages", "48.06% / 75.72% / 79.84% (private), 52.24% / 18.44% / 31.14% (integrated)")],
          [43, 53], "The column prints pooled shares (표 Ⅳ-9: applied persons over all persons, e.g. 125 ÷ 219.5 = 56.9 %), not means of the municipality percentages.",
          ["Ⅳ-16/provinceAverage/PrivateCaseManagersRegular/percent", "Ⅳ-16/provinceAverage/PrivateCaseManagersCareerRecognised/percent",
           "Ⅳ-16/provinceAverage/PrivateCaseManagersPayStepRaise/percent", "Ⅳ-16/provinceAverage/IntegratedCaseManagersRegular/percent",
           "Ⅳ-16/provinceAverage/IntegratedCaseManagersCareerRecognised/percent", "Ⅳ-16/provinceAverage/IntegratedCaseManagersPayStepRaise/percent"]),
    entry("repro-iv-9-private-applied-vs-municipality-sums", "표 Ⅳ-9 p.43, persons to whom each treatment applies, private case managers",
          [("표 Ⅳ-9 p.43", "정규직 125명, 경력 인정 181.5, 호봉승급 192.5명"), ("sum of the 31 municipality tables", "129, 182, 193")],
          [43], "표 Ⅳ-9 counts part-time or shared staff as halves and was compiled from a different extract than the municipality tables, so its totals differ from their sums.",
          ["Ⅳ-9/summary/regular/appliedPrivate", "Ⅳ-9/summary/careerRecognised/appliedPrivate", "Ⅳ-9/summary/payStepRaise/appliedPrivate"]),
    entry("repro-p44-private-regular-100pct-lists", "p.44 prose on municipalities where every private case manager is regular (and where none is)",
          [("p.44 prose", "100%인 곳은 9곳 … 광주시, 남양주시, 동두천시, 시흥시, 안양시, 양주시, 양평군, 파주시, 포천군; 정규직이 0%인 곳도 12곳"),
           ("municipality tables", "10 at 100 % (수원, 안양, 광주, 의왕, 양평, 남양주, 파주, 양주, 포천, 동두천; 시흥 is 92.3 %); 11 at 0 %")],
          [44, 53, 67, 87], "The prose lists were drawn up from other figures than the municipality tables (수원 and 의왕 print 100 %, 시흥 92.3 %); see also the narrative entries for 수원, 시흥 and 의왕.",
          ["claim/p44-count-private-regular-100pct", "claim/p44-count-private-regular-100pct-2", "claim/p44-municipalities-private-regular-100pct",
           "claim/p44-count-private-regular-0pct"]),
    entry("repro-p45-private-career-100pct-list", "p.45 prose list of municipalities recognising every private case manager's career",
          [("p.45 prose", "18곳 (가평군 … 오산시), without 광명시"), ("municipality tables", "18 at 100 %, including 광명시 5(100.0%) and not 구리시 2(66.7%)")],
          [45, 71, 103], "The prose list has 구리시 (66.7 % in its table) instead of 광명시 (100 %); the p.70 and p.102 narratives show the same swap.",
          ["claim/p45-municipalities-private-career-100pct"]),
]

# Entries about specific municipality cells name them, so a program can find the entry for a cell.
CELLS = {
    "impossible-p61-ansan-integrated-110pct": [("Ansan", "IntegratedCaseManagersRegular"), ("Ansan", "IntegratedCaseManagersCareerRecognised"),
                                               ("Ansan", "IntegratedCaseManagersPayStepRaise")],
    "impossible-p55-seongnam-official-transfer-rate-133.3": [("Seongnam", "OfficialTransferRate")],
    "impossible-p71-gwangmyeong-official-transfer-rate-175": [("Gwangmyeong", "OfficialTransferRate")],
    "impossible-p93-gwacheon-official-transfer-rate-200": [("Gwacheon", "OfficialTransferRate")],
    "impossible-p93-gwacheon-integrated-career-score-8.4": [("Gwacheon", "IntegratedCaseManagerCareerScore")],
    "impossible-p107-pocheon-integrated-career-score-0.5": [("Pocheon", "IntegratedCaseManagerCareerScore")],
    "impossible-p93-gwacheon-private-career-score-0": [("Gwacheon", "PrivateCaseManagerCareerScore")],
    "typo-p79-icheon-teamleaders-trained-0-paren": [("Icheon", "TeamLeadersTrained")],
    "typo-p113-yeoncheon-case-conferences-1-dot": [("Yeoncheon", "CaseConferencesPerCase")],
    "typo-p87-uiwang-service-linkages-thousands-comma": [("Uiwang", "ServiceLinkages")],
    "typo-service-linkages-trailing-decimal-zero": [("Suwon", "ServiceLinkages"), ("Uijeongbu", "ServiceLinkages"), ("Yeoncheon", "ServiceLinkages")],
    "typo-57.2pct-for-4-of-7": [("Seongnam", "TeamLeadersExperienced"), ("Pyeongtaek", "TeamLeadersExperienced"), ("Pyeongtaek", "TeamLeadersCertified"),
                               ("Namyangju", "TeamLeadersTrained")],
    "typo-p73-gunpo-private-regular-50.1pct": [("Gunpo", "PrivateCaseManagersRegular")],
    "typo-p109-p113-avg-integrated-paystep-3-dot": [(None, "IntegratedCaseManagersPayStepRaise")],
    "typo-p63-avg-private-regular-4-dot": [(None, "PrivateCaseManagersRegular")],
}

def main():
    (PARTS / "discrepancy-cells.json").write_text(json.dumps(
        {k: [{"municipality": m, "measure": x} for m, x in v] for k, v in CELLS.items()}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (PARTS / "reproduction-links.json").write_text(json.dumps(LINKS, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (PARTS / "discrepancies-reproduction.json").write_text(json.dumps(NEW, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()

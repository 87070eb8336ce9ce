#!/usr/bin/env python3
"""Extracts the 31 per-municipality tables <표 Ⅳ-16> … <표 Ⅳ-46> from the report text.

Development-time transcription aid: it reads ../shared/seeds/001_e3df9ddb4001c82f.txt
(one line per printed page) and prints, for every table, each row's two printed cells
(the municipality and the province average) exactly as printed. The output was reviewed
by hand and committed as src/MuhanRubric/Editions/Y2016/Data/evaluation-2016.json; the library never
runs this script.
"""
import json, re, sys

ROWS = [
    ("ExternalSupportSessions", "외부 슈퍼비전, 교육, 워크숍 지원횟수(횟수)"),
    ("EupMyeonDongStaffAtOtherMeetings", "타 기관 주최 사례회의에 참여한 읍면동 담당자수(명)"),
    ("NetworkTeamCaseManagersAtOtherMeetings", "타 기관 주최 사례회의에 참여한 네트워크팀 통합사례관리사(명)"),
    ("MunicipalStaffAtOtherMeetings", "타 기관 주최 사례회의에 참여한 시군 담당자(명)"),
    ("AverageStaffAtOtherMeetings", "평균 타기관 회의에 참여한 실무자(명)"),
    ("CooperationSatisfaction", "업무협력 만족도(점수)"),
    ("CenterHeadExperienced", "센터장의 전문성 사회복지업무의 3년 이상 경험자(명)"),
    ("CenterHeadCertified", "담당 분야 자격증 소지자(명)"),
    ("CenterHeadTrained", "사회복지관련 누적 교육이수시간이 50시간 이상인자(명)"),
    ("TeamLeadersExperienced", "복지팀장의 전문성 사회복지업무의 3년 이상 경험자(명)"),
    ("TeamLeadersCertified", "담당분야자격증소지자(명)"),
    ("TeamLeadersTrained", "사회복지관련 누적 교육이수시간이 50시간 이상인자(명)"),
    ("OfficialTransferRate", "공무원 인사이동비율(%)"),
    ("OfficialTrainingHoursPerCapita", "공무원 1인당 교육시간(시간)"),
    ("PrivateCaseManagerCareerScore", "민간사례관리사(점수)"),
    ("IntegratedCaseManagerCareerScore", "통합사례관리사(점수)"),
    ("PrivateCaseManagersRegular", "민간사례관리사 정규직 인원(명, 비율)"),
    ("PrivateCaseManagersCareerRecognised", "민간사례관리사 급여산정 시 경력인정 인원(명, 비율)"),
    ("PrivateCaseManagersPayStepRaise", "민간사례관리사 급여산정 시 호봉승급 인원(명, 비율)"),
    ("IntegratedCaseManagersRegular", "통합사례관리사 정규직인원(명, 비율)"),
    ("IntegratedCaseManagersCareerRecognised", "통합사례관리사 급여산정 시 경력인정 인원(명, 비율)"),
    ("IntegratedCaseManagersPayStepRaise", "통합사례관리사 급여산정 시 호봉승급 인원(명, 비율)"),
    ("PrivateCaseManagerDepartures", "민간사례관리사(명)"),
    ("IntegratedCaseManagerDepartures", "통합사례관리사(명)"),
    ("PrivateCaseManagerTrainingHours", "민간사례관리사(시간)"),
    ("IntegratedCaseManagerTrainingHours", "통합사례관리사(시간)"),
    ("CasesManaged", "통합사례관리건수(가구수)"),
    ("CasesPerCaseManager", "1인당 통합사례관리건수(가구수)"),
    ("CaseConferencesPerCase", "사례당 사례회의건수(건수)"),
    ("OtherAgencyStaffPerConference", "회의에 참여한 타 기관 인력비율(%)"),
    ("ServiceLinkages", "서비스연계건수(건수)"),
    ("ServiceLinkagesPerCase", "사례당 서비스연계건수(건수)"),
]

CELL = re.compile(r"^[0-9][0-9.,]*(\([0-9.]+%\))?\)?(%|명)?$")

def loose(label):
    """A label pattern that tolerates the spaces the PDF conversion inserts or drops."""
    return re.compile(r"\s*".join(re.escape(ch) for ch in label.replace(" ", "")))

def main(path):
    pages = open(path, encoding="utf-8").read().split("\n")
    tables = []
    for line_no, text in enumerate(pages, start=1):
        m = re.search(r"<표 Ⅳ-(\d+)> (\S+) 현황\s*$", text)
        if not m or not (16 <= int(m.group(1)) <= 46):
            continue
        page = (line_no - 15) // 2
        start = text.index("구분 ")
        body = text[start:]
        header = re.match(r"구분 (\S+) 전체 평균", body)
        pos = header.end()
        rows = []
        spans = []
        starts = []
        for key, label in ROWS:
            found = loose(label).search(body, pos)
            if not found:
                raise ValueError(f"{m.group(1)} p{page} {key} not found after: {body[pos:pos+150]}")
            spans.append((key, found.end()))
            starts.append(found.start())
            pos = found.end()
        ends = starts[1:] + [body.index("* 경력점수")]
        for (key, start), end in zip(spans, ends):
            tokens = [t for t in body[start:end].split() if CELL.match(t)]
            if len(tokens) == 2:
                city, avg = tokens
            elif len(tokens) == 1:
                city, avg = None, tokens[0]  # blank cell: the municipality has no value
            else:
                raise ValueError(f"{m.group(1)} {key}: {body[start:end]!r}")
            rows.append({"measure": key, "printed": city, "provinceAverage": avg})
        tables.append({"table": "Ⅳ-" + m.group(1), "page": page, "headerName": header.group(1),
                       "captionName": m.group(2), "rows": rows})
    json.dump(tables, sys.stdout, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main(sys.argv[1])

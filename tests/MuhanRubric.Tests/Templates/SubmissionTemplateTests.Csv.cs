using System.Text;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measures;
using MuhanRubric.Templates;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Templates;

public partial class SubmissionTemplateTests
{
    /// <summary>The four header rows of the reference rubric's CSV template, exactly (RFC 4180: labels with commas quoted).</summary>
    private const string Reference2016CsvHeader = """
        unit,name,ExternalSupportSessions,EupMyeonDongStaffAtOtherMeetings,NetworkTeamCaseManagersAtOtherMeetings,MunicipalStaffAtOtherMeetings,CooperationSatisfaction,CenterHeadExperienced,CenterHeadCertified,CenterHeadTrained,TeamLeadersExperienced,TeamLeadersExperienced%,TeamLeadersCertified,TeamLeadersCertified%,TeamLeadersTrained,TeamLeadersTrained%,OfficialTransferRate,OfficialTrainingHoursPerCapita,PrivateCaseManagerCareerScore,IntegratedCaseManagerCareerScore,IntegratedCaseManagersRegular,IntegratedCaseManagersRegular%,IntegratedCaseManagersCareerRecognised,IntegratedCaseManagersCareerRecognised%,IntegratedCaseManagersPayStepRaise,IntegratedCaseManagersPayStepRaise%,PrivateCaseManagersInPost,PrivateCaseManagerDepartures,IntegratedCaseManagerDepartures,PrivateCaseManagerTrainingHours,IntegratedCaseManagerTrainingHours,CasesPerCaseManager,CaseConferencesPerCase,ServiceLinkagesPerCase
        # 시군 코드,시군명,"외부 슈퍼비전, 교육, 워크숍 지원횟수(횟수)",타 기관 주최 사례회의에 참여한 읍면동 담당자수(명),타 기관 주최 사례회의에 참여한 네트워크팀 통합사례관리사(명),타 기관 주최 사례회의에 참여한 시군 담당자(명),업무협력 만족도(점수),센터장의 전문성: 사회복지업무의 3년 이상 경험자(명),센터장의 전문성: 담당 분야 자격증 소지자(명),센터장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명),맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명),맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명) 비율(%),맞춤형 복지팀장의 전문성: 담당분야자격증소지자(명),맞춤형 복지팀장의 전문성: 담당분야자격증소지자(명) 비율(%),맞춤형 복지팀장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명),맞춤형 복지팀장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명) 비율(%),공무원 인사이동비율(%),공무원 1인당 교육시간(시간),경력점수: 민간사례관리사(점수),경력점수: 통합사례관리사(점수),"통합사례관리사 정규직인원(명, 비율)","통합사례관리사 정규직인원(명, 비율) 비율(%)","통합사례관리사 급여산정 시 경력인정 인원(명, 비율)","통합사례관리사 급여산정 시 경력인정 인원(명, 비율) 비율(%)","통합사례관리사 급여산정 시 호봉승급 인원(명, 비율)","통합사례관리사 급여산정 시 호봉승급 인원(명, 비율) 비율(%)",민간사례관리사 인원 수(명),안정성(퇴직자수): 민간사례관리사(명),안정성(퇴직자수): 통합사례관리사(명),1인당 교육시간: 민간사례관리사(시간),1인당 교육시간: 통합사례관리사(시간),1인당 통합사례관리건수(가구수),사례당 사례회의건수(건수),사례당 서비스연계건수(건수)
        # unit code,name,"External supervision, training and workshop sessions the municipality supported",Eup/myeon/dong staff attending case conferences hosted by others (person-times),Network-team case managers attending case conferences hosted by others (person-times),Municipal staff attending case conferences hosted by others (person-times),Cooperation satisfaction (1–5 Likert survey),Center head with three or more years of social-welfare work,Center head holding a social-welfare certificate,Center head with 50 or more cumulative training hours,Customized-welfare team leaders with three or more years of social-welfare work,"Customized-welfare team leaders with three or more years of social-welfare work (share, %)",Customized-welfare team leaders holding a certificate,"Customized-welfare team leaders holding a certificate (share, %)",Customized-welfare team leaders with 50 or more cumulative training hours,"Customized-welfare team leaders with 50 or more cumulative training hours (share, %)",Officials transferred in 2016 per officials in post,Training hours per official,"Career score of private case managers (1–5 per person, averaged)","Career score of integrated case managers (1–5 per person, averaged)",Integrated case managers in regular (or open-ended) employment,"Integrated case managers in regular (or open-ended) employment (share, %)",Integrated case managers whose career is recognised in pay,"Integrated case managers whose career is recognised in pay (share, %)",Integrated case managers with pay-step raises,"Integrated case managers with pay-step raises (share, %)",Private case managers in post (표 Ⅱ-3 인원 수),Private case managers who left in 2016,Integrated case managers who left in 2016,Training hours per private case manager,Training hours per integrated case manager,Households per case manager (caseload),Case conferences per case,Service linkages per case
        # 단위 / unit,,회 / sessions,명 / persons,명 / persons,명 / persons,점 / points (1–5),명 / persons,명 / persons,명 / persons,명 / persons,% (0–100),명 / persons,% (0–100),명 / persons,% (0–100),% (0–100),시간 / hours,점 / points (1–5),점 / points (1–5),명 / persons,% (0–100),명 / persons,% (0–100),명 / persons,% (0–100),명 / persons,명 / persons,명 / persons,시간 / hours,시간 / hours,가구 / households,건 / cases,건 / cases
        """;

    [Fact]
    public void Csv_Reference2016_StartsWithTheUtf8MarkAndTheExactHeaderLines()
    {
        var bytes = TemplateFiles.Csv(Rubrics2016.Reference);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        Assert.Equal(Reference2016CsvHeader.Split('\n'), lines[..4]);
    }

    [Fact]
    public void Csv_Reference2016_HasTheHeaderAndOneRowPerMunicipality_EndedByCrlf_AndNothingElse()
    {
        var text = Encoding.UTF8.GetString(TemplateFiles.Csv(Rubrics2016.Reference).AsSpan(3));

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.Equal(4 + 31, lines.Length);
        Assert.Equal(MunicipalityCatalog.Gyeonggi.Select(u => $"{u.Code},{u.KoreanName}{new string(',', 32)}"), lines[4..]);
    }

    [Fact]
    public void Csv_Filled2016_HoldsEveryValueInItsCell()
    {
        var table = Evaluation2016.Measurements;
        var bytes = TemplateFiles.Csv(Rubrics2016.Reference, new TemplateOptions { Values = table });
        var grid = TemplateFiles.ReadCsv(bytes);

        AssertFilledFrom(table, grid, SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, MeasureCatalog.Gyeonggi2016));
        var suwon = Encoding.UTF8.GetString(bytes).Split("\r\n")[4];
        Assert.StartsWith("Suwon,수원시,45,764,94,106,3.4,1,1,1,9,69.2,9,69.2,9,69.2,44.4,", suwon, StringComparison.Ordinal);
        Assert.Equal(("13.8", "9", "69.2"), (grid["AF5"], grid["K5"], grid["L5"]));
    }

    [Fact]
    public void Csv_FilledWithNotApplicableCells_WritesTheTextAndLeavesTheShareBlank()
    {
        var table = WithNotApplicableCells();
        var grid = TemplateFiles.ReadCsv(TemplateFiles.Csv(Rubrics2016.Reference, new TemplateOptions { Values = table }));

        AssertFilledFrom(table, grid, SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, MeasureCatalog.Gyeonggi2016));
    }

    [Fact]
    public void Csv_CustomRubricOverCustomUnitsAndMeasures_IsExactlyTheWideLayout()
    {
        var bytes = TemplateFiles.Csv(_custom, CustomOptions);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "unit,name,ClientsHoused,ClientsHoused%,Clients\r\n" +
            "# 시군 코드,시군명,주거 지원 받은 대상자(명),주거 지원 받은 대상자(명) 비율(%),대상자 수(명)\r\n" +
            "# unit code,name,Clients housed,\"Clients housed (share, %)\",Clients\r\n" +
            "# 단위 / unit,,명 / persons,% (0–100),명 / persons\r\n" +
            "U1,가나시,,,\r\n" +
            "U2,다라군,,,\r\n" +
            "U3,마바구,,,\r\n" +
            "U4,사아시,,,\r\n" +
            "U5,자차군,,,\r\n",
            Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public void Csv_ForNoMeasuresAndNoUnits_IsTheHeaderOfTheUnitColumns()
    {
        var bytes = TemplateFiles.Bytes(s => SubmissionTemplate.WriteCsv(s, [], new TemplateOptions { Units = new MunicipalityCatalog([]) }));

        Assert.Equal("unit,name\r\n# 시군 코드,시군명\r\n# unit code,name\r\n# 단위 / unit,\r\n", Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }
}

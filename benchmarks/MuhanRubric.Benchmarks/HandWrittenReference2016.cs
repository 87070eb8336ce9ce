using MathNet.Numerics.Statistics;
using MuhanRubric.Measurements;

namespace MuhanRubric.Benchmarks;

/// <summary>
/// The whole 2016 reference rubric written by hand against <see cref="MeasurementTable.Read(int, int, ValuePart)"/>:
/// what a developer who knows the rubric would write instead of compiling it. It fills the same numbers the kernel's
/// <c>ScoreMatrix</c> holds (points, maxima, statuses and bands per unit and indicator, area subtotals, totals,
/// normalized totals, ranks), so its arrays are the floor any scoring of this rubric allocates. A test checks that it
/// gives the compiled rubric's totals, maxima and ranks.
/// </summary>
public static class HandWrittenReference2016
{
    /// <summary>A1 A2 B1–B10 C1–C4 D1 D2, as the rubric orders them.</summary>
    public const int Indicators = 18;

    public const int Areas = 4;

    private const byte Scored = 0, Missing = 1, NotApplicable = 2, Excluded = 3;

    private static readonly decimal[] _a1Points = [0m, 1.5m, 3m, 4.5m, 6m];
    private static readonly decimal[] _b1Points = [0m, 0.67m, 1.33m, 2m];

    public static Scores Score(MeasurementTable table)
    {
        int n = table.Units.Count;
        var r = new Scores(n);
        int M(string id) => table.MeasureIndex(id);
        int external = M("ExternalSupportSessions"), emd = M("EupMyeonDongStaffAtOtherMeetings"), network = M("NetworkTeamCaseManagersAtOtherMeetings"),
            municipal = M("MunicipalStaffAtOtherMeetings"), satisfaction = M("CooperationSatisfaction"), headExperienced = M("CenterHeadExperienced"),
            headCertified = M("CenterHeadCertified"), headTrained = M("CenterHeadTrained"), leadersExperienced = M("TeamLeadersExperienced"),
            leadersCertified = M("TeamLeadersCertified"), leadersTrained = M("TeamLeadersTrained"), transfers = M("OfficialTransferRate"),
            training = M("OfficialTrainingHoursPerCapita"), privateCareer = M("PrivateCaseManagerCareerScore"), integratedCareer = M("IntegratedCaseManagerCareerScore"),
            privateRegular = M("PrivateCaseManagersRegular"), privateRecognised = M("PrivateCaseManagersCareerRecognised"), privateRaise = M("PrivateCaseManagersPayStepRaise"),
            integratedRegular = M("IntegratedCaseManagersRegular"), integratedRecognised = M("IntegratedCaseManagersCareerRecognised"), integratedRaise = M("IntegratedCaseManagersPayStepRaise"),
            privateInPost = M("PrivateCaseManagersInPost"), privateDepartures = M("PrivateCaseManagerDepartures"), integratedDepartures = M("IntegratedCaseManagerDepartures"),
            privateHours = M("PrivateCaseManagerTrainingHours"), integratedHours = M("IntegratedCaseManagerTrainingHours"),
            caseload = M("CasesPerCaseManager"), conferences = M("CaseConferencesPerCase"), linkages = M("ServiceLinkagesPerCase");

        // B4 by quartiles and C3 by the mean, on every unit with a value.
        var (p25, p75) = Quartiles(table, training);
        var mean = Mean(table, linkages);
        decimal? halfMean = mean is { } m1 ? Math.Round((decimal)(m1 * 0.5), 6, MidpointRounding.AwayFromZero) : null;
        decimal? fullMean = mean is { } m2 ? Math.Round((decimal)(m2 * 1.0), 6, MidpointRounding.AwayFromZero) : null;

        for (var u = 0; u < n; u++)
        {
            var cell = u * Indicators;
            var gwacheon = table.Units[u].Code == "Gwacheon";

            // A1: how many of four kinds of cooperation happened at least once.
            var a1 = Count(table, u, external, emd, network, municipal);
            r.Checklist(cell, a1, _a1Points, 6m);

            r.Proportional(cell + 1, table.Read(u, satisfaction, ValuePart.Value), 1m, 5m, 20m);
            r.Checklist(cell + 2, Count(table, u, headExperienced, headCertified, headTrained), _b1Points, 2m);
            r.Proportional(cell + 3, CappedSharesSum(table, u, leadersExperienced, leadersCertified, leadersTrained), 0m, 100m, 2m, terms: 3);
            r.Proportional(cell + 4, table.Read(u, transfers, ValuePart.Value), 100m, 0m, 2m);

            // B4: 3 at or above P75, 2 from P25 to P75, 1 above 0 and below P25, 0 for no training (a band vanishes when its edges meet).
            var b4 = table.Read(u, training, ValuePart.Value);
            if (p25 is not { } lo || p75 is not { } hi)
            {
                r.Outcome(cell + 5, NotApplicable, 0m); // Cut-offs not computable: not scored.
            }
            else if (b4.Value is { } hours)
            {
                var band = hours >= hi ? 0 : hours >= lo && lo < hi ? 1 : hours > 0 && hours < lo ? 2 : -1;
                r.Band(cell + 5, band, band switch { 0 => 3m, 1 => 2m, 2 => 1m, _ => 0m }, 3m);
            }
            else
            {
                r.Outcome(cell + 5, b4.IsNotApplicable ? NotApplicable : Missing, 0m);
            }

            if (gwacheon)
            {
                r.Outcome(cell + 6, NotApplicable, 0m);
            }
            else
            {
                r.Proportional(cell + 6, table.Read(u, privateCareer, ValuePart.Value), 0m, 5m, 3m);
            }

            r.Proportional(cell + 7, table.Read(u, integratedCareer, ValuePart.Value), 0m, 5m, 3m);
            r.Proportional(cell + 8, CappedSharesSum(table, u, integratedRegular, integratedRecognised, integratedRaise), 0m, 100m, 9m, terms: 3);
            if (gwacheon)
            {
                r.Outcome(cell + 9, NotApplicable, 0m);
            }
            else
            {
                // B8: departures ÷ private case managers in post (표 Ⅱ-3), 0 → 2 points, 1 → 0; over 0 in post it does not apply.
                var departed = table.Read(u, privateDepartures, ValuePart.Value);
                var inPost = table.Read(u, privateInPost, ValuePart.Value);
                if (departed.Value is not { } left || inPost.Value is not { } staff)
                {
                    r.Outcome(cell + 9, departed.Value is null ? (departed.IsNotApplicable ? NotApplicable : Missing) : (inPost.IsNotApplicable ? NotApplicable : Missing), 0m);
                }
                else if (staff == 0)
                {
                    r.Outcome(cell + 9, NotApplicable, 0m);
                }
                else
                {
                    r.Proportional(cell + 9, new MeasurementReading(left, ReadingStatus.Given), 1m, 0m, 2m, terms: (int)staff);
                }
            }

            r.Proportional(cell + 10, table.Read(u, integratedDepartures, ValuePart.Value), 4m, 0m, 2m);
            r.Proportional(cell + 11, Sum(table, u, ValuePart.Value, privateHours, integratedHours), 0m, 50m, 2m, terms: 2);

            // C1: the caseload bands of p.32.
            var c1 = table.Read(u, caseload, ValuePart.Value);
            if (c1.Value is { } cases)
            {
                var band = cases switch
                {
                    >= 30 and < 50 => 0,
                    >= 25 and < 30 or >= 50 and < 55 => 1,
                    >= 20 and < 25 or >= 55 and < 60 => 2,
                    >= 15 and < 20 or >= 60 and < 65 => 3,
                    _ => 4,
                };
                r.Band(cell + 12, band, band switch { 0 => 10m, 1 => 8m, 2 => 6m, 3 => 4m, _ => 2m }, 10m);
            }
            else
            {
                r.Outcome(cell + 12, c1.IsNotApplicable ? NotApplicable : Missing, 0m);
            }

            // C2: four categories of conferences per case.
            var c2 = table.Read(u, conferences, ValuePart.Value);
            if (c2.Value is { } perCase)
            {
                var band = perCase < 1 ? 0 : perCase < 1.5m ? 1 : perCase < 2 ? 2 : 3;
                r.Band(cell + 13, band, band switch { 0 => 2.5m, 1 => 5m, 2 => 7.5m, _ => 10m }, 10m);
            }
            else
            {
                r.Outcome(cell + 13, c2.IsNotApplicable ? NotApplicable : Missing, 0m);
            }

            // C3: 6 at or above the mean, 4 from half the mean, 2 below.
            var c3 = table.Read(u, linkages, ValuePart.Value);
            if (fullMean is not { } full || halfMean is not { } half)
            {
                r.Outcome(cell + 14, NotApplicable, 0m);
            }
            else if (c3.Value is { } perCaseLinkages)
            {
                var band = perCaseLinkages >= full ? 0 : perCaseLinkages >= half && half < full ? 1 : perCaseLinkages < half ? 2 : -1;
                r.Band(cell + 14, band, band switch { 0 => 6m, 1 => 4m, 2 => 2m, _ => 0m }, 6m);
            }
            else
            {
                r.Outcome(cell + 14, c3.IsNotApplicable ? NotApplicable : Missing, 0m);
            }

            r.Outcome(cell + 15, Excluded, 0m); // C4
            r.Outcome(cell + 16, Excluded, 0m); // D1
            r.Outcome(cell + 17, Excluded, 0m); // D2
            r.Sum(u, [0, 2, 12, 16, 18]);
        }

        r.Rank();
        return r;
    }

    private static int Count(MeasurementTable table, int u, params ReadOnlySpan<int> measures)
    {
        var count = 0;
        foreach (var m in measures)
        {
            var value = table.Read(u, m, ValuePart.Value).Value;
            if (value is null)
            {
                return -1;
            }

            count += value >= 1 ? 1 : 0;
        }

        return count;
    }

    /// <summary>The sum of shares, each capped at 100 %.</summary>
    private static MeasurementReading CappedSharesSum(MeasurementTable table, int u, params ReadOnlySpan<int> measures)
    {
        var sum = 0m;
        foreach (var m in measures)
        {
            var reading = table.Read(u, m, ValuePart.Percent);
            if (reading.Value is not { } value)
            {
                return reading;
            }

            sum += Math.Min(value, 100m);
        }

        return new(sum, ReadingStatus.Given);
    }

    private static MeasurementReading Sum(MeasurementTable table, int u, ValuePart part, params ReadOnlySpan<int> measures)
    {
        var sum = 0m;
        foreach (var m in measures)
        {
            var reading = table.Read(u, m, part);
            if (reading.Value is not { } value)
            {
                return reading;
            }

            sum += value;
        }

        return new(sum, ReadingStatus.Given);
    }

    private static (decimal? P25, decimal? P75) Quartiles(MeasurementTable table, int measure)
    {
        var sorted = Present(table, measure);
        if (sorted.Length == 0)
        {
            return (null, null);
        }

        return (Round6(SortedArrayStatistics.QuantileCustom(sorted, 0.25, QuantileDefinition.R6)), Round6(SortedArrayStatistics.QuantileCustom(sorted, 0.75, QuantileDefinition.R6)));
    }

    private static double? Mean(MeasurementTable table, int measure)
    {
        var values = Present(table, measure);
        return values.Length == 0 ? null : ArrayStatistics.Mean(values);
    }

    private static double[] Present(MeasurementTable table, int measure)
    {
        var values = new List<double>(table.Units.Count);
        for (var u = 0; u < table.Units.Count; u++)
        {
            if (table.Read(u, measure, ValuePart.Value).Value is { } value)
            {
                values.Add((double)value);
            }
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static decimal Round6(double value) => Math.Round((decimal)value, 6, MidpointRounding.AwayFromZero);

    /// <summary>The numbers the hand-written scoring fills: the same arrays as the kernel's matrix.</summary>
    public sealed class Scores(int units)
    {
        public decimal[] Points { get; } = new decimal[units * Indicators];

        public decimal[] Maxima { get; } = new decimal[units * Indicators];

        public byte[] Statuses { get; } = new byte[units * Indicators];

        public short[] Bands { get; } = new short[units * Indicators];

        public decimal[] AreaPoints { get; } = new decimal[units * Areas];

        public decimal[] AreaMaxima { get; } = new decimal[units * Areas];

        public decimal[] Totals { get; } = new decimal[units];

        public decimal[] Maximum { get; } = new decimal[units];

        public decimal[] Normalized { get; } = new decimal[units];

        public int[] Ranks { get; } = new int[units];

        internal void Outcome(int cell, byte status, decimal maximum)
        {
            Statuses[cell] = status;
            Bands[cell] = -1;
            Maxima[cell] = maximum;
        }

        internal void Checklist(int cell, int met, decimal[] points, decimal maximum)
        {
            if (met < 0)
            {
                Outcome(cell, Missing, 0m);
                return;
            }

            Bands[cell] = (short)met;
            Points[cell] = points[met];
            Maxima[cell] = maximum;
        }

        internal void Band(int cell, int band, decimal points, decimal maximum)
        {
            Bands[cell] = (short)band;
            Points[cell] = points;
            Maxima[cell] = maximum;
        }

        /// <summary>Proportional points of a mean, <c>sum ÷ terms</c>: multiplied out and divided once, so 9 × 125 ÷ 600 is exactly 1.875.</summary>
        internal void Proportional(int cell, MeasurementReading reading, decimal zeroAt, decimal fullAt, decimal maximum, int terms = 1)
        {
            if (reading.Value is not { } sum)
            {
                Outcome(cell, reading.IsNotApplicable ? NotApplicable : Missing, 0m);
                return;
            }

            var numerator = (sum - (zeroAt * terms)) * Math.Sign(fullAt - zeroAt);
            var denominator = terms * Math.Abs(fullAt - zeroAt);
            var points = numerator <= 0 ? 0m : numerator >= denominator ? maximum : maximum * numerator / denominator;
            Bands[cell] = -1;
            Points[cell] = Math.Round(points, 2, MidpointRounding.AwayFromZero);
            Maxima[cell] = maximum;
        }

        internal void Sum(int u, ReadOnlySpan<int> areaStarts)
        {
            decimal total = 0, maximum = 0;
            for (var a = 0; a < Areas; a++)
            {
                decimal points = 0, areaMaximum = 0;
                for (var j = areaStarts[a]; j < areaStarts[a + 1]; j++)
                {
                    points += Points[(u * Indicators) + j];
                    areaMaximum += Maxima[(u * Indicators) + j];
                }

                AreaPoints[(u * Areas) + a] = points;
                AreaMaxima[(u * Areas) + a] = areaMaximum;
                total += points;
                maximum += areaMaximum;
            }

            Totals[u] = total;
            Maximum[u] = maximum;
            Normalized[u] = maximum == 0 ? 0 : Math.Round(total * 82m / maximum, 2, MidpointRounding.AwayFromZero);
        }

        /// <summary>Competition ranks, highest first: sort once, then ties share the best place.</summary>
        internal void Rank()
        {
            var n = Normalized.Length;
            var keys = (decimal[])Normalized.Clone();
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            Array.Sort(keys, order);
            for (var p = n - 1; p >= 0; p--)
            {
                Ranks[order[p]] = p < n - 1 && keys[p] == keys[p + 1] ? Ranks[order[p + 1]] : n - p;
            }
        }
    }
}

package org.inclusim.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Numbers, money, shares and p-values as each language writes them in running text. */
class FormatsTest {
    private static final String NBSP = "\u00a0";
    private final Formats nb = new Formats(Language.NB);
    private final Formats en = new Formats(Language.EN);

    @Test
    void moneyIsWholeKronerWithTheLanguagesGrouping() {
        assertEquals("128" + NBSP + "634" + NBSP + "kr", nb.money(128_634.4));
        assertEquals("128,634" + NBSP + "NOK", en.money(128_634.4));
        assertEquals("\u22121" + NBSP + "500" + NBSP + "kr", nb.money(-1500));
        assertEquals("i.t.", nb.money(Double.NaN));
        assertEquals("n/a", en.money(Double.NaN));
    }

    @Test
    void decimalsUseACommaInBokmalAndAPointInEnglish() {
        assertEquals("1,7", nb.number(1.66, 1));
        assertEquals("1.7", en.number(1.66, 1));
        assertEquals("\u22120,4", nb.number(-0.4, 1));
        assertEquals("0,0", nb.number(-0.01, 1), "no negative zero");
        assertEquals("30,0" + NBSP + "%", nb.percent(0.3));
        assertEquals("30.0" + NBSP + "%", en.percent(0.3));
    }

    @Test
    void integersPrintAsIntegers() {
        assertEquals("260", en.count(260.0));
        assertEquals("20", nb.count(20.0));
        assertEquals("20" + NBSP + "161" + NBSP + "001", nb.integer(20_161_001));
        assertEquals("33", en.count(33.0));
        assertEquals("33.5", en.count(33.5));
    }

    @Test
    void smallPValuesPrintAsBelowOneThousandth() {
        assertEquals("<" + NBSP + "0,001", nb.pValue(0.0000123));
        assertEquals("<" + NBSP + "0.001", en.pValue(0.0));
        assertEquals("0.059", en.pValue(0.0594));
        assertEquals("0,001", nb.pValue(0.001));
    }

    @Test
    void readableNumbersKeepTwoSignificantDecimalsBelowOne() {
        assertEquals("0.63", en.readable(0.6349));
        assertEquals("3.8", en.readable(3.847));
        assertEquals("1,234", en.readable(1234.4));
    }

    @Test
    void datesAreWrittenInTheLanguage() {
        ZonedDateTime t = ZonedDateTime.of(2026, 12, 2, 17, 48, 0, 0, ZoneOffset.UTC);
        assertEquals("2. desember 2026 kl. 17:48 Z", nb.dateTime(t));
        assertEquals("2 December 2026, 17:48 Z", en.dateTime(t));
    }
}

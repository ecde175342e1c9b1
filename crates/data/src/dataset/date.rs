//! Calendar dates as the sources give them: a day, never an instant, so no time zone can shift it.

use std::fmt;

/// A real day of the Gregorian calendar, e.g. 2023-09-27. Only `parse` builds one, so it is always valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// Reads the ISO form `YYYY-MM-DD` and nothing else (no times, no offsets: a claim's date is a day).
    pub fn parse(text: &str) -> Result<Self, String> {
        let shape_error = || format!("\"{text}\" is not a date in the form YYYY-MM-DD");
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(shape_error());
        }
        // Read as bytes, not as `str` slices: no character can straddle a cut, so no cut can panic.
        let number = |range: std::ops::Range<usize>| -> Result<u16, String> {
            let digits = &bytes[range];
            if !digits.iter().all(u8::is_ascii_digit) {
                return Err(shape_error());
            }
            // At most four digits: fits in u16.
            Ok(digits.iter().fold(0, |n, digit| n * 10 + u16::from(digit - b'0')))
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        if !(1..=12).contains(&month) {
            return Err(format!("\"{text}\" has no month {month}"));
        }
        // Month and day fit in u8 after these checks.
        let month = month as u8;
        if day == 0 || day > u16::from(days_in_month(year, month)) {
            return Err(format!("\"{text}\" is not a real day: that month has {} days", days_in_month(year, month)));
        }
        if year < 1000 {
            return Err(format!("\"{text}\": the year must have four digits from 1000"));
        }
        Ok(Self { year, month, day: day as u8 })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1 for January.
    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1 January 1970 (negative before): a time axis in whole days, so two dates' distance is
    /// a subtraction. (Howard Hinnant's days-from-civil.)
    pub fn days(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// The ISO form, as it appears in the data and in `datetime` attributes.
impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_from_1970() {
        let days = |text: &str| CalendarDate::parse(text).unwrap().days();
        assert_eq!(days("1970-01-01"), 0);
        assert_eq!(days("1970-01-02"), 1);
        assert_eq!(days("2000-03-01") - days("2000-02-28"), 2);
        assert_eq!(days("2024-12-31") - days("2024-01-01"), 365);
        assert_eq!(days("2023-09-27"), 19_627);
        assert_eq!(days("1969-12-31"), -1);
    }

    #[test]
    fn reads_iso_days_and_prints_them_back() {
        let date = CalendarDate::parse("2023-09-27").unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2023, 9, 27));
        assert_eq!(date.to_string(), "2023-09-27");
    }

    #[test]
    fn knows_leap_years() {
        assert!(CalendarDate::parse("2024-02-29").is_ok());
        assert!(CalendarDate::parse("2000-02-29").is_ok());
        assert!(CalendarDate::parse("2023-02-29").is_err());
        assert!(CalendarDate::parse("1900-02-29").is_err());
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for text in [
            "2023-9-27",
            "27/09/2023",
            "2023-09-27T12:00:00Z",
            "2023-13-01",
            "2023-00-10",
            "2023-09-31",
            "2023-09-00",
            "+023-09-01",
            "0999-01-01",
            "",
        ] {
            assert!(CalendarDate::parse(text).is_err(), "{text} was accepted");
        }
    }

    #[test]
    fn orders_by_calendar() {
        let earlier = CalendarDate::parse("2023-09-26").unwrap();
        let later = CalendarDate::parse("2023-10-01").unwrap();
        assert!(earlier < later);
    }
}

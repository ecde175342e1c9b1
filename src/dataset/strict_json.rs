//! JSON text → `serde_json::Value`, read strictly (RFC 8259), noting every key that appears twice in
//! one object.
//!
//! serde_json keeps the last of two equal keys without a word, so an editor who pasted a field twice
//! would silently lose the first value; this reader reports each repeat by its path. It is written
//! here rather than driving serde_json's parser through serde's visitors because that parser and
//! those visitors were 7 KB (brotli) of the wasm every reader downloads. It keeps serde_json's
//! messages and its line and column conventions, and tests/json_reader.rs checks it against
//! serde_json on generated documents, valid and broken.

use std::fmt;

use serde_json::{Map, Number, Value};

/// Deeper nesting is refused, so hostile depth cannot exhaust the stack: serde_json's limit.
const DEPTH_LIMIT: usize = 128;

/// Where the text stops being JSON, and why, in serde_json's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotJson {
    /// From 1.
    pub line: usize,
    /// Bytes from the start of the line: the byte at fault for most errors (from 1), the end of what
    /// was read for the rest (an unfinished string, an escape, a number), as serde_json counts.
    pub column: usize,
    pub reason: &'static str,
}

/// Parses `text`, and lists the JSON path of each key seen twice in one object ("claims[0].figure").
pub fn parse(text: &str) -> Result<(Value, Vec<String>), NotJson> {
    let mut reader = JsonReader { text, index: 0, depth_left: DEPTH_LIMIT, repeats: Vec::new() };
    let value = reader.value(&Path::Root)?;
    if reader.skip_whitespace().is_some() {
        return Err(reader.error_at_next("trailing characters"));
    }
    Ok((value, reader.repeats))
}

struct JsonReader<'t> {
    text: &'t str,
    /// Bytes read so far.
    index: usize,
    /// Arrays and objects that may still open before the limit.
    depth_left: usize,
    repeats: Vec<String>,
}

/// Where a value stands in the document, for naming a repeated key. Built on the stack as the reader
/// descends, and written out only when a key repeats.
enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

impl JsonReader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.index).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.index += 1;
        Some(byte)
    }

    /// The next byte that is not whitespace, not yet read.
    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    /// An error at the end of what was read (serde_json's `error`).
    fn error_here(&self, reason: &'static str) -> NotJson {
        self.error_at(self.index, reason)
    }

    /// An error about the next byte, not yet read (serde_json's `peek_error`).
    fn error_at_next(&self, reason: &'static str) -> NotJson {
        self.error_at((self.index + 1).min(self.text.len()), reason)
    }

    fn error_at(&self, index: usize, reason: &'static str) -> NotJson {
        let before = &self.text.as_bytes()[..index];
        let line_start = before.iter().rposition(|&byte| byte == b'\n').map_or(0, |newline| newline + 1);
        let line = 1 + before[..line_start].iter().filter(|&&byte| byte == b'\n').count();
        NotJson { line, column: index - line_start, reason }
    }

    fn value(&mut self, path: &Path) -> Result<Value, NotJson> {
        let Some(first) = self.skip_whitespace() else {
            return Err(self.error_at_next("EOF while parsing a value"));
        };
        match first {
            b'n' => self.word("null", Value::Null),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'-' => {
                self.index += 1;
                self.number(false)
            }
            b'0'..=b'9' => self.number(true),
            b'"' => {
                self.index += 1;
                self.string().map(Value::String)
            }
            b'[' | b'{' => {
                self.depth_left -= 1;
                if self.depth_left == 0 {
                    return Err(self.error_at_next("recursion limit exceeded"));
                }
                self.index += 1;
                let value = if first == b'[' { self.array(path) } else { self.object(path) };
                self.depth_left += 1;
                value
            }
            _ => Err(self.error_at_next("expected value")),
        }
    }

    /// `null`, `true` or `false`, its first letter not yet read.
    fn word(&mut self, word: &str, value: Value) -> Result<Value, NotJson> {
        self.index += 1;
        for &expected in &word.as_bytes()[1..] {
            match self.next() {
                None => return Err(self.error_here("EOF while parsing a value")),
                Some(byte) if byte != expected => return Err(self.error_here("expected ident")),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// After `[`.
    fn array(&mut self, path: &Path) -> Result<Value, NotJson> {
        let mut items = Vec::new();
        while self.next_entry(b']', items.is_empty(), "EOF while parsing a list", "expected `,` or `]`")?.is_some() {
            let item = self.value(&Path::Index(path, items.len()))?;
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    /// After `{`.
    fn object(&mut self, path: &Path) -> Result<Value, NotJson> {
        let mut object = Map::new();
        while let Some(next) =
            self.next_entry(b'}', object.is_empty(), "EOF while parsing an object", "expected `,` or `}`")?
        {
            if next != b'"' {
                return Err(self.error_at_next("key must be a string"));
            }
            self.index += 1;
            let key = self.string()?;
            match self.skip_whitespace() {
                Some(b':') => self.index += 1,
                Some(_) => return Err(self.error_at_next("expected `:`")),
                None => return Err(self.error_at_next("EOF while parsing an object")),
            }
            let path = Path::Key(path, &key);
            let value = self.value(&path)?;
            if object.contains_key(&key) {
                self.repeats.push(path.to_string());
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }

    /// Between the entries of an array or object: `None` at its closing bracket (then read), else the
    /// first byte of the next entry (not read), after its comma unless it is the `first`.
    fn next_entry(
        &mut self,
        close: u8,
        first: bool,
        unclosed: &'static str,
        no_comma: &'static str,
    ) -> Result<Option<u8>, NotJson> {
        let Some(next) = self.skip_whitespace() else {
            return Err(self.error_at_next(unclosed));
        };
        if next == close {
            self.index += 1;
            return Ok(None);
        }
        if first {
            return Ok(Some(next));
        }
        if next != b',' {
            return Err(self.error_at_next(no_comma));
        }
        self.index += 1;
        match self.skip_whitespace() {
            Some(byte) if byte == close => Err(self.error_at_next("trailing comma")),
            None => Err(self.error_at_next("EOF while parsing a value")),
            next => Ok(next),
        }
    }

    /// After the opening quote.
    fn string(&mut self) -> Result<String, NotJson> {
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character. (Inside a string the
            // reader stops only after ASCII bytes, so `index` is on a character boundary; `get` and
            // `split` rather than indexing keep the standard library's panic messages, which format
            // characters and ranges, out of the wasm.)
            let rest = self.text.get(self.index..).unwrap_or_default();
            let plain = rest.split(|c: char| c == '"' || c == '\\' || c < ' ').next().unwrap_or_default();
            out.push_str(plain);
            self.index += plain.len();
            match self.next() {
                None => return Err(self.error_here("EOF while parsing a string")),
                Some(b'"') => return Ok(out),
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => {
                    return Err(self.error_here("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), NotJson> {
        let escaped = match self.next() {
            None => return Err(self.error_here("EOF while parsing a string")),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => self.unicode_escape()?,
            Some(_) => return Err(self.error_here("invalid escape")),
        };
        out.push(escaped);
        Ok(())
    }

    /// After `\u`: one character, or the two escapes of a UTF-16 surrogate pair. A lone surrogate is
    /// refused: it is no character, and a Rust string cannot hold it.
    fn unicode_escape(&mut self) -> Result<char, NotJson> {
        const LONE: &str = "lone leading surrogate in hex escape";
        let unit = self.hex_escape()?;
        let code = match unit {
            0xDC00..=0xDFFF => return Err(self.error_here(LONE)),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    let Some(byte) = self.peek() else {
                        return Err(self.error_here("EOF while parsing a string"));
                    };
                    self.index += 1;
                    if byte != expected {
                        return Err(self.error_here("unexpected end of hex escape"));
                    }
                }
                let low = self.hex_escape()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.error_here(LONE));
                }
                0x1_0000 + ((u32::from(unit) - 0xD800) << 10 | (u32::from(low) - 0xDC00))
            }
            _ => u32::from(unit),
        };
        // Every code outside the surrogates is a character.
        Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    /// Four hex digits.
    fn hex_escape(&mut self) -> Result<u16, NotJson> {
        let Some(digits) = self.text.as_bytes().get(self.index..self.index + 4) else {
            self.index = self.text.len();
            return Err(self.error_here("EOF while parsing a string"));
        };
        self.index += 4;
        let unit = digits.iter().try_fold(0u16, |unit, &digit| Some(unit * 16 + (digit as char).to_digit(16)? as u16));
        unit.ok_or_else(|| self.error_here("invalid escape"))
    }

    /// A number, after its minus sign if it has one: a whole number that fits in 64 bits is kept
    /// exactly (u64, or i64 below zero), anything else becomes an f64, as serde_json does.
    fn number(&mut self, positive: bool) -> Result<Value, NotJson> {
        let significand = match self.next() {
            None => return Err(self.error_here("EOF while parsing a value")),
            Some(b'0') if matches!(self.peek(), Some(b'0'..=b'9')) => {
                return Err(self.error_at_next("invalid number"));
            }
            Some(b'0') => 0,
            Some(first @ b'1'..=b'9') => {
                let mut significand = u64::from(first - b'0');
                while let Some(digit @ b'0'..=b'9') = self.peek() {
                    let Some(more) = grow(significand, digit) else {
                        return self.float_digits(positive, significand, 0).map(float);
                    };
                    self.index += 1;
                    significand = more;
                }
                significand
            }
            Some(_) => return Err(self.error_here("invalid number")),
        };
        match self.peek() {
            Some(b'.' | b'e' | b'E') => self.float_digits(positive, significand, 0).map(float),
            _ if positive => Ok(Value::Number(significand.into())),
            // -0, and whole numbers below i64's range, are floats in serde_json.
            _ => match 0i64.checked_sub_unsigned(significand) {
                Some(negative) if negative < 0 => Ok(Value::Number(negative.into())),
                _ => Ok(float(-(significand as f64))),
            },
        }
    }

    /// The rest of a number that is not a whole number in 64 bits: the integer digits that no longer
    /// fit (each scales the significand by ten), the fraction, the exponent.
    fn float_digits(&mut self, positive: bool, mut significand: u64, mut exponent: i32) -> Result<f64, NotJson> {
        while let Some(b'0'..=b'9') = self.peek() {
            self.index += 1;
            exponent += 1;
        }
        if self.peek() == Some(b'.') {
            self.index += 1;
            let (mut fraction_digits, mut precise) = (0, true);
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                self.index += 1;
                fraction_digits += 1;
                // From the first digit that does not fit in u64 on, digits change nothing.
                match grow(significand, digit).filter(|_| precise) {
                    Some(more) => {
                        significand = more;
                        exponent -= 1;
                    }
                    None => precise = false,
                }
            }
            if fraction_digits == 0 {
                let reason = if self.peek().is_some() { "invalid number" } else { "EOF while parsing a value" };
                return Err(self.error_at_next(reason));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.index += 1;
            let exponent_positive = match self.peek() {
                Some(b'-') => {
                    self.index += 1;
                    false
                }
                Some(b'+') => {
                    self.index += 1;
                    true
                }
                _ => true,
            };
            let mut written: i32 = match self.next() {
                None => return Err(self.error_here("EOF while parsing a value")),
                Some(digit @ b'0'..=b'9') => i32::from(digit - b'0'),
                Some(_) => return Err(self.error_here("invalid number")),
            };
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                self.index += 1;
                match written.checked_mul(10).and_then(|n| n.checked_add(i32::from(digit - b'0'))) {
                    Some(more) => written = more,
                    // An exponent past i32: zero, or out of range.
                    None if significand != 0 && exponent_positive => {
                        return Err(self.error_here("number out of range"));
                    }
                    None => {
                        while let Some(b'0'..=b'9') = self.peek() {
                            self.index += 1;
                        }
                        return Ok(if positive { 0.0 } else { -0.0 });
                    }
                }
            }
            exponent =
                if exponent_positive { exponent.saturating_add(written) } else { exponent.saturating_sub(written) };
        }
        let magnitude = scale(significand as f64, exponent);
        if magnitude.is_infinite() {
            return Err(self.error_here("number out of range"));
        }
        Ok(if positive { magnitude } else { -magnitude })
    }
}

/// `significand` with one more decimal digit, if it fits in u64.
fn grow(significand: u64, digit: u8) -> Option<u64> {
    significand.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
}

/// `x` × 10^`exponent`, in steps of at most 10^308 (as serde_json does, so that a tiny result is
/// reached without passing through infinity or zero on the way). Computing 10^`exponent` rather than
/// reading serde_json's table of all 309 keeps 2.5 KB out of the wasm, and can be a few units in the
/// last place off: 1.7976931348623157e308, the largest double, is out of range here. No count is
/// near such numbers.
fn scale(mut x: f64, mut exponent: i32) -> f64 {
    while exponent.unsigned_abs() > 308 {
        if x == 0.0 || exponent > 0 {
            return if x == 0.0 { 0.0 } else { f64::INFINITY };
        }
        x /= 1e308;
        exponent += 308;
    }
    let power = 10f64.powi(exponent.abs());
    if exponent >= 0 {
        x * power
    } else {
        x / power
    }
}

fn float(value: f64) -> Value {
    // Never NaN nor infinite here, so never the Null.
    Number::from_f64(value).map_or(Value::Null, Value::Number)
}

// Reads one EDTF string per line of the corpus file (argv[2]) and writes, per line of the result
// file (argv[3]), what edtf.js makes of it at level 1:
//   ok <TAB> type <TAB> min <TAB> max        min and max in milliseconds since 1970 (UTC), or
//                                            null (unknown end), -Infinity/Infinity (open), NaN
//   error <TAB> message                      the first line of edtf.js's error
// Run with TZ=UTC: edtf.js reads a time of day without an offset in the process's time zone.
import { readFileSync, writeFileSync } from 'node:fs'
import edtf, { parse } from 'edtf'

const lines = readFileSync(process.argv[2], 'utf8').split('\n')
if (lines.at(-1) === '') lines.pop()

const out = lines.map(input => {
  try {
    // parse() checks the grammar at level 1; edtf() builds the value, which checks interval order.
    const value = edtf(parse(input, { level: 1 }))
    return ['ok', value.type, String(value.min), String(value.max)].join('\t')
  } catch (error) {
    return ['error', String(error.message).split('\n')[0].replace(/\t/g, ' ')].join('\t')
  }
})
writeFileSync(process.argv[3], out.join('\n') + '\n')

"""bench.digest_instructions --kinds: callgrind's own instructions per C function, by kind."""

from __future__ import annotations

from bench.digest_instructions import REST, kind_of, kinds, own_instructions

LISTING = """\
--------------------------------------------------------------------------------
Ir
--------------------------------------------------------------------------------
1,000,000 (100.0%)  PROGRAM TOTALS

--------------------------------------------------------------------------------
Ir                    file:function
--------------------------------------------------------------------------------
500,000 (50.00%)  Python/ceval.c:_PyEval_EvalFrameDefault'2 [/lib/libpython3.11.so.1.0]
 20,000 ( 2.00%)  Python/ceval.c:_PyEval_EvalFrameDefault [/lib/libpython3.11.so.1.0]
300,000 (30.00%)  ./Modules/_sre/sre_lib.h:sre_ucs1_match [/lib/libpython3.11.so.1.0]
  9,000 ( 0.90%)  ???:PyArray_TakeFrom [/venv/site-packages/numpy/core/_multiarray_umath.so]
  1,000 ( 0.10%)  memset-vec-unaligned-erms.S:__memset_avx2_unaligned_erms [/lib/libc.so.6]
"""


def test_own_instructions_reads_every_function_and_skips_the_total() -> None:
    found = own_instructions(LISTING)
    assert found == {
        "Python/ceval.c:_PyEval_EvalFrameDefault'2 [/lib/libpython3.11.so.1.0]": 500_000,
        "Python/ceval.c:_PyEval_EvalFrameDefault [/lib/libpython3.11.so.1.0]": 20_000,
        "./Modules/_sre/sre_lib.h:sre_ucs1_match [/lib/libpython3.11.so.1.0]": 300_000,
        "???:PyArray_TakeFrom [/venv/site-packages/numpy/core/_multiarray_umath.so]": 9_000,
        "memset-vec-unaligned-erms.S:__memset_avx2_unaligned_erms [/lib/libc.so.6]": 1_000,
    }


def test_kind_of_a_c_function() -> None:
    assert kind_of("./Modules/_sre/sre_lib.h:sre_ucs2_count [/lib/libpython3.11.so]") == (
        "the regex engine"
    )
    # a helper inlined into the bytecode loop is listed under its header file
    assert kind_of("Include/object.h:_PyEval_EvalFrameDefault'2 [/lib/libpython3.11.so]") == (
        "Python's bytecode loop"
    )
    assert kind_of("Objects/unicodeobject.c:PyUnicode_New [/lib/libpython3.11.so]") == (
        "str methods"
    )
    assert kind_of("Objects/dictobject.c:_Py_dict_lookup [/lib/libpython3.11.so]") == (
        "dicts, sets and hashing"
    )
    assert kind_of("Objects/obmalloc.c:_PyObject_Free [/lib/libpython3.11.so]") == (
        "allocating and freeing"
    )
    assert kind_of("memset-vec-unaligned-erms.S:__memset_avx2 [/lib/libc.so.6]") == REST


def test_kinds_are_per_run_differences_largest_first() -> None:
    once = {"a/ceval.c:f [x]": 100, "Modules/_sre/sre_lib.h:m [x]": 50, "libc:memset [c]": 10}
    more = {"a/ceval.c:f [x]": 1100, "Modules/_sre/sre_lib.h:m [x]": 2050, "libc:memset [c]": 10}
    # only in the longer run: a function the first run never reached
    more["Objects/dictobject.c:lookup [x]"] = 300
    assert kinds(once, more, 2) == [
        ("the regex engine", 1000.0),
        ("Python's bytecode loop", 500.0),
        ("dicts, sets and hashing", 150.0),
        (REST, 0.0),
    ]

#!/usr/bin/env python3
"""Fixture model points for the per-constraint tests (issue 6).

For every built-in constraint drawn as a curve this writes model points on
both sides of its limit (inside and outside a band or region) with the
status and r the physics demands there. The expected values are built from
the curve's data and the definitions of shared/CLI.md (r = value/limit, or
min(value/lower, upper/value) for a band), not from DarkCheck's output:

* the point sits at a tabulated mass (or, for a region, on a vertical line
  through the polygon, whose crossings are computed here);
* the model is the one the curve was drawn for (a minimal dark photon for
  visible searches, an invisibly decaying one for missing energy, alpha_D and
  m_A'/m_chi of the file for y limits, the direct-detection cross section of
  FORMULAS.md 8.1/8.2 solved for epsilon), so that the recast is the identity
  and the coupling (or y, sigma) is a chosen multiple of the limit.

Constraints that are numbers or model checks get hand-written points in
constraint-points-handwritten.csv next to the output.

    python3 rules/tools/make_fixtures.py   (writes bundles/org.darkcheck.engine.tests/fixtures/constraint-points.csv)
"""
import math
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
CONSTRAINTS = os.path.join(ROOT, 'rules', 'org.darkcheck.rules', 'constraints')
OUT = os.path.join(ROOT, 'bundles', 'org.darkcheck.engine.tests', 'fixtures', 'constraint-points.csv')

NO_LIMIT = 1e5
UNIT = {'GeV': 1.0, 'MeV': 1e-3, 'keV': 1e-6, 'eV': 1e-9}

# FORMULAS.md section 1 constants
ALPHA = 1 / 137.035999084
M_E = 0.51099895e-3
M_P = 0.93827208816
GEV2_TO_CM2 = 3.8937937e-28

HEADER = ('constraint,mediator,mediator.mass,mediator.coupling,dm,dm.mass,dm.splitting,alpha-d,mediator.dark-matter,'
          'dm.all-of-dark-matter,dm.thermal,status,r,tolerance,reason,why')


def read_limit(path):
    header, rows, body = {}, [], False
    for line in open(path, encoding='utf-8'):
        t = line.strip()
        if t.startswith('#') or not t:
            continue
        if t == '---':
            body = True
            continue
        if body:
            rows.append([float(x) for x in t.split()])
        else:
            k, _, v = t.partition(':')
            header[k.strip()] = v.strip()
    scale_x = UNIT[header.get('x-unit', 'GeV')]
    scale_y = float(header.get('y-scale', '1'))
    rows = [[r[0] * scale_x] + [v * scale_y if v < NO_LIMIT else NO_LIMIT for v in r[1:]] for r in rows]
    return header, rows


def interior_node(rows, columns):
    """A tabulated mass in the middle of the curve whose neighbours are distinct, valid masses."""
    valid = []
    for i in range(1, len(rows) - 1):
        if columns == 2 and rows[i][1] > 0.2:
            continue  # couplings of order one are outside every model's validity
        a, b, c = rows[i - 1], rows[i], rows[i + 1]
        if not (a[0] < b[0] < c[0]):
            continue
        if any(v >= NO_LIMIT or v <= 0 for r in (a, b, c) for v in r[1:columns]):
            continue
        if columns == 3 and not b[2] > b[1] * 1.5:
            continue
        valid.append(i)
    if not valid:
        return None
    if columns == 2:
        # the most sensitive tabulated mass
        return rows[min(valid, key=lambda i: rows[i][1])]
    return rows[valid[len(valid) // 2]]


def region_intervals(vertices, m):
    """Excluded intervals at mass m of a polygon linear in log-log (even-odd rule), lowest first."""
    x = math.log10(m)
    ys = []
    n = len(vertices)
    for i in range(n):
        x0, y0 = (math.log10(v) for v in vertices[i])
        x1, y1 = (math.log10(v) for v in vertices[(i + 1) % n])
        if (x0 <= x < x1) or (x1 <= x < x0):
            ys.append(y0 + (x - x0) / (x1 - x0) * (y1 - y0))
    ys.sort()
    return [(10 ** ys[i], 10 ** ys[i + 1]) for i in range(0, len(ys) - 1, 2)]


def region_point(rows):
    """A mass whose lowest excluded interval is widest in log, away from the polygon's vertices."""
    vertices = [(r[0], r[1]) for r in rows if r[0] > 0 and r[1] > 0]
    xs = sorted(math.log10(v[0]) for v in vertices)
    best = None
    for k in range(1, 200):
        m = 10 ** (xs[0] + (xs[-1] - xs[0]) * k / 200)
        if any(abs(math.log10(m) - x) < 1e-6 for x in xs):
            continue
        intervals = region_intervals(vertices, m)
        if not intervals:
            continue
        lo, hi = intervals[0]
        width = math.log10(hi / lo)
        if width > 0.3 and (best is None or width > best[0]):
            best = (width, m, intervals)
    return best


def inside_point(lo, hi):
    """A value inside (lo, hi): the geometric mean, or 4 lo in a wide range; and its r = min(v/lo, hi/v)."""
    factor = min(math.sqrt(hi / lo), 4.0)
    return lo * factor, factor


class Point:
    def __init__(self, cid, mediator='dark-photon', m=0.0, g=0.0, dm='none', mdm=0.0, alpha=0.0, mediator_dm=False,
                 all_dm=False, thermal=False):
        self.__dict__.update(locals())

    def row(self, status, r, tolerance, why):
        cells = [self.cid, self.mediator, '%.9g' % self.m, '%.9g' % self.g, self.dm, '%.9g' % self.mdm, '0',
                 '%.9g' % self.alpha, str(self.mediator_dm).lower(), str(self.all_dm).lower(), str(self.thermal).lower(),
                 status, '' if r is None else '%.9g' % r, '%.3g' % tolerance, '', why.replace(',', ';')]
        return ','.join(cells)


def model_for(header, x, value):
    """The model the curve was drawn for, at curve mass x, with the curve's quantity equal to value; or None."""
    cid, search, quantity = header['id'], header.get('search', ''), header.get('quantity')
    if search in ('visible-prompt', 'visible-displaced', 'g-2', 'g-2-preferred', 'stellar'):
        return Point(cid, m=x, g=value)
    if search == 'dpdm':
        return Point(cid, m=x, g=value, mediator_dm=True)
    if search == 'invisible':
        # Dirac dark matter at a third of the A' mass, alpha_D = 0.5: BR_inv = 1 to 1e-3 wherever eps < 0.5
        return Point(cid, m=x, g=value, dm='dirac', mdm=x / 3, alpha=0.5)
    if search in ('y-missing-energy', 'y-scattering'):
        # x = m_chi; m_A' = 3 m_chi and alpha_D = 0.5 as drawn; y = eps^2 alpha_D / 81
        ratio = float(header.get('reference-ratio', '3'))
        alpha = float(header.get('reference-alpha-d', '0.5'))
        eps = math.sqrt(value / alpha * ratio ** 4)
        dm = 'dirac' if search == 'y-missing-energy' else 'complex-scalar'
        return Point(cid, m=ratio * x, g=eps, dm=dm, mdm=x, alpha=alpha)
    if search in ('dm-electron', 'dm-nucleon'):
        # FORMULAS.md 8.1 / 8.2 with m_A' = 3 m_chi, alpha_D = 0.5, solved for eps
        mchi, mA, alpha = x, 3 * x, 0.5
        if search == 'dm-electron':
            mu = mchi * M_E / (mchi + M_E)
            per_eps2 = 16 * math.pi * mu ** 2 * ALPHA * alpha / (mA ** 2 + ALPHA ** 2 * M_E ** 2) ** 2 * GEV2_TO_CM2
        else:
            mu = mchi * M_P / (mchi + M_P)
            per_eps2 = 16 * math.pi * mu ** 2 * ALPHA * alpha / mA ** 4 * GEV2_TO_CM2
        return Point(cid, m=mA, g=math.sqrt(value / per_eps2), dm='dirac', mdm=mchi, alpha=alpha, all_dm=True)
    if search in ('dark-scalar', 'k-pinunu'):
        return Point(cid, mediator='dark-scalar', m=x, g=value)
    if search in ('b-l-scattering', 'b-l-invisible'):
        return Point(cid, mediator='b-l', m=x, g=value)
    return None


def fixtures_for(path):
    header, rows = read_limit(path)
    cid, kind, columns = header['id'], header.get('kind'), header.get('columns', '')
    search = header.get('search', '')
    out = []
    if columns == 'none':
        return out
    if search == 'higgs-exotic':
        p = model_for({'id': cid, 'search': 'visible-prompt'}, 0.5, 1e-3)
        out.append(p.row('NOT_APPLICABLE', None, 0, 'needs exotic Higgs decays h -> A\'A\' that a minimal dark photon lacks'))
        return out
    never_excludes = kind in ('projection', 'preferred')
    bad = 'ALLOWED' if never_excludes else 'EXCLUDED'
    tag = ' (a %s never excludes)' % kind if never_excludes else ''
    tol = 0.01
    if columns == 'mass lower':
        node = interior_node(rows, 2) if len(rows) > 2 else [math.sqrt(rows[0][0] * rows[-1][0]), rows[0][1]]
        if node is None:
            raise SystemExit('no interior node in ' + path)
        x, limit = node[0], node[1]
        for factor, status in ((0.5, 'ALLOWED'), (2.0, bad)):
            p = model_for(header, x, factor * limit)
            out.append(p.row(status, factor, tol, 'value = %g x the limit %.4g at the tabulated mass %.6g GeV%s'
                             % (factor, limit, x, tag if factor > 1 else '')))
    elif columns == 'mass lower upper':
        node = interior_node(rows, 3)
        if node is None:
            raise SystemExit('no interior band node in ' + path)
        x, lo, hi = node[0], node[1], node[2]
        inside, r_inside = inside_point(lo, hi)
        for value, status, r, why in ((lo / 2, 'ALLOWED', 0.5, 'half the lower edge'),
                                      (inside, bad, r_inside, 'inside the band' + tag),
                                      (2 * hi, 'ALLOWED', 0.5, 'twice the upper edge')):
            if value >= 1:
                continue
            p = model_for(header, x, value)
            out.append(p.row(status, r, tol, '%s %.4g - %.4g at %.6g GeV' % (why, lo, hi, x)))
    elif columns == 'mass value region':
        best = region_point(rows)
        if best is None:
            raise SystemExit('no vertical line crosses the region of ' + path)
        _, m, intervals = best
        lo, hi = intervals[0]
        inside, r_inside = inside_point(lo, hi)
        points = [(inside, bad, r_inside, 'inside the region %.4g - %.4g' % (lo, hi) + tag),
                  (lo / 2, 'ALLOWED', 0.5, 'below the lowest excluded interval %.4g - %.4g' % (lo, hi))]
        top_lo, top_hi = intervals[-1]
        if 2 * top_hi < 1:
            points.append((2 * top_hi, 'ALLOWED', 0.5, 'above the highest excluded interval %.4g - %.4g' % (top_lo, top_hi)))
        for value, status, r, why in points:
            p = model_for(header, m, value)
            out.append(p.row(status, r, 0.02, why + ' at %.6g GeV' % m))
    else:
        raise SystemExit('unknown columns %r in %s' % (columns, path))
    return out


def main():
    rows = []
    for folder, _, files in sorted(os.walk(CONSTRAINTS)):
        for f in sorted(files):
            if f.endswith('.limit'):
                rows += fixtures_for(os.path.join(folder, f))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# Written by rules/tools/make_fixtures.py from the constraint files; expected values by construction\n')
        out.write('# (see the script): masses in GeV, r as defined in shared/CLI.md, tolerance relative.\n')
        out.write(HEADER + '\n')
        out.write('\n'.join(rows) + '\n')
    print('%d fixture points' % len(rows))


if __name__ == '__main__':
    # self-test of the cross sections against FORMULAS.md 8 worked values (m_chi = 100 MeV, m_A' = 300 MeV, eps = 1e-3, alpha_D = 0.5)
    mu_e = 0.1 * M_E / (0.1 + M_E)
    sigma_e = 16 * math.pi * mu_e ** 2 * ALPHA * 0.5 * 1e-6 / (0.09 + ALPHA ** 2 * M_E ** 2) ** 2 * GEV2_TO_CM2
    mu_p = 0.1 * M_P / (0.1 + M_P)
    sigma_p = 16 * math.pi * mu_p ** 2 * ALPHA * 0.5 * 1e-6 / 0.3 ** 4 * GEV2_TO_CM2
    assert abs(sigma_e / 2.279e-39 - 1) < 2e-3, sigma_e
    assert abs(sigma_p / 7.200e-35 - 1) < 2e-3, sigma_p
    main()

#!/usr/bin/env python3
"""Rebuild the gold file of the recent full-article pool (docs/classification.md, "Recent full articles from
public repositories") from its labels and the public sources, which are not committed (licences).

usage: build_gold.py LABELS SOURCES_DIR OUT_DIR
  SOURCES_DIR holds the four source files, taken with `git show <commit>:<path>` from the repositories and
  commits named in LABELS (layout in docs/classification.md). Writes gold.jsonl, gold-tuning.jsonl and
  gold-heldout.jsonl (the held-out half: CRC-32 of the id divisible by 3, as DevSetRegressionTest.heldOut).
Needs Python 3 and node (to read the TypeScript data file).
"""
import csv
import html
import json
import os
import re
import subprocess
import sys
import zlib

BOILERPLATE_24H = 'Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu'


def read_24h(path):
    csv.field_size_limit(10 ** 9)
    articles = {}
    for row in csv.DictReader(open(path, encoding='utf-8')):
        text = row['content.text'].strip()
        if text.startswith(BOILERPLATE_24H):
            text = text[len(BOILERPLATE_24H):].strip()
        articles.setdefault('id=' + row['id'], (row['title'].strip(), text))
    return articles


def read_vietnamnet(path):
    script = ("const fs=require('fs');const src=fs.readFileSync(process.argv[1],'utf8')"
              ".replace(/^export const dataVietNamNet = /m,'module.exports = ');const m={exports:{}};"
              "new Function('module',src)(m);process.stdout.write(JSON.stringify(m.exports));")
    data = json.loads(subprocess.run(['node', '-e', script, path], capture_output=True, check=True).stdout)
    articles = {}
    for i, a in enumerate(data):
        sections = ['\n\n'.join(x for x in [s.get('title') or ''] + [p['text'] for p in s.get('paragraph') or []] if x)
                    for s in a.get('content') or []]
        articles['index=%d' % i] = (a['title'], (a['excerpt'] + '\n\n' + '\n\n'.join(sections)).strip())
    return articles


def read_binhdinh(directory):
    sql = open(os.path.join(directory, 'binhdinhnews.sql'), encoding='utf-8').read()
    block = sql[sql.index('INSERT INTO `article`'):sql.index('CREATE TABLE IF NOT EXISTS `category`')]
    rows = re.findall(r"\((\d+), '([^']*)', (?:NULL|\d+), (?:NULL|'[^']*'), (\d+), '((?:[^'\\]|\\.)*)'", block)
    articles = {}
    for article_id, _, _, title in rows:
        raw = open(os.path.join(directory, 'ArticleData', article_id + '.txt'), encoding='utf-8').read()
        paragraphs = [re.sub(r'^\[img\]\s*', '', line.strip()) for line in raw.splitlines()
                      if line.strip() and line.strip() != '[img]']
        key = 'ArticleID=%s (title from binhdinhnews.sql)' % article_id
        articles[key] = (title.replace('\\"', '"').strip().strip('"').strip(), '\n\n'.join(paragraphs))
    return articles


def read_policy_page(path):
    page = open(path, encoding='utf-8').read()
    title = re.search(r'policy-detail-title">\s*(.*?)\s*</h1>', page, re.S).group(1).strip()
    summary = re.sub(r'\s+', ' ', re.search(r'policy-detail-summary">\s*(.*?)\s*</div>', page, re.S).group(1))
    paragraphs = [re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', '', p))).strip()
                  for p in re.findall(r'<p>(.*?)</p>', page, re.S)]
    body = '\n\n'.join(p for p in paragraphs if p and not p.startswith('{'))
    return {'the one article of the page': (title, summary.strip() + '\n\n' + body)}


def main(labels_path, sources, out):
    by_repo = {
        'leduchuy20/crawl_news': read_24h(os.path.join(sources, 'leduchuy20-crawl_news', '24h_html_categories_vi.csv')),
        'cuongk56a/newspaper': read_vietnamnet(os.path.join(sources, 'cuongk56a-newspaper', 'data-vietnamnet.ts')),
        'YangKlee/BinhDinhNews': read_binhdinh(os.path.join(sources, 'YangKlee-BinhDinhNews')),
        'nhnnhnnnhn/baoliemkhiet': read_policy_page(os.path.join(sources, 'nhnnhnnnhn-baoliemkhiet', 'policy-index.jsx')),
    }
    files = {name: open(os.path.join(out, name), 'w', encoding='utf-8')
             for name in ('gold.jsonl', 'gold-tuning.jsonl', 'gold-heldout.jsonl')}
    for line in open(labels_path, encoding='utf-8'):
        label = json.loads(line)
        title, text = by_repo[label['repo']][label['key']]
        record = json.dumps({'id': label['id'], 'title': title, 'text': text, 'themes': label['themes']},
                            ensure_ascii=False) + '\n'
        held_out = zlib.crc32(label['id'].encode('utf-8')) % 3 == 0
        files['gold.jsonl'].write(record)
        files['gold-heldout.jsonl' if held_out else 'gold-tuning.jsonl'].write(record)
    for f in files.values():
        f.close()


if __name__ == '__main__':
    main(*sys.argv[1:4])

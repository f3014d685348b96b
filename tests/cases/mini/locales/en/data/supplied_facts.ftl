# ja-sha256: f2724fb1ce8d54df
s01__note = The extracted text does not name the publisher; the publisher comes from information on where the document was obtained. The name of the organization follows the source.

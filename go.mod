module github.com/docs2go/docs2go

go 1.25.0

require (
	github.com/dave/jennifer v1.7.1
	gopkg.in/yaml.v3 v3.0.1
)

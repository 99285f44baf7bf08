package main

import (
	"fmt"
	"os"

	"jaytaylor.com/html2text"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	text, err := html2text.FromReader(f, html2text.Options{PrettyTables: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(text)
}
